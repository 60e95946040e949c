namespace AdvisorBot.Core.State;

/// <summary>
/// The state store cannot be used at all — its file is read-only, damaged, not a database, or the disk is full —
/// so retrying will not help until someone fixes it. <see cref="Reason"/> says which, in plain words.
/// </summary>
public sealed class StateStoreUnavailableException(string file, string reason, Exception inner)
    : Exception($"The state file {file} cannot be used: {reason}.", inner)
{
    public string File { get; } = file;

    public string Reason { get; } = reason;
}
