namespace AdvisorBot.Core.State;

/// <summary>
/// Keyed JSON documents with ETag optimistic concurrency. A write names the ETag it read; if the stored ETag
/// has moved on, the write fails with <see cref="StateConflictException"/> and the caller reads again and retries.
/// </summary>
public interface IStateStore
{
    Task<StateEntry?> ReadAsync(string key, CancellationToken ct);

    /// <summary>
    /// Writes <paramref name="json"/>. <paramref name="etag"/> null: only if the key does not exist yet;
    /// <see cref="StateEntry.AnyETag"/>: unconditionally; otherwise only if the stored ETag equals it.
    /// Returns the new ETag.
    /// </summary>
    Task<string> WriteAsync(string key, string json, string? etag, CancellationToken ct);

    /// <summary>Deletes the key (if <paramref name="etag"/> matches, when given). False when nothing was deleted.</summary>
    Task<bool> DeleteAsync(string key, string? etag, CancellationToken ct);
}

public sealed record StateEntry(string Key, string Json, string ETag)
{
    public const string AnyETag = "*";
}

/// <summary>A write lost a race: someone else wrote the key since it was read.</summary>
public sealed class StateConflictException(string key)
    : Exception($"The state '{key}' was changed by someone else; read it again and retry.")
{
    public string Key { get; } = key;
}
