namespace AdvisorBot.Core.State;

/// <summary>
/// The state store cannot be used at all — its file is read-only, damaged, not a database, or the disk is full; its
/// database server refuses the credentials or cannot be reached — so retrying will not help until someone fixes it.
/// <see cref="Reason"/> says which, in plain words; <see cref="File"/> names the store (the SQLite file's path, or
/// the PostgreSQL database and server, never a password).
/// </summary>
public sealed class StateStoreUnavailableException(string file, string reason, Exception inner, string kind = StateStoreUnavailableException.FileKind)
    : Exception($"The {kind} {file} cannot be used: {reason}.", inner)
{
    public const string FileKind = "state file";
    public const string DatabaseKind = "state database";

    public string File { get; } = file;

    public string Reason { get; } = reason;
}
