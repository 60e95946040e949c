namespace AdvisorBot.Core.State;

/// <summary>
/// Append-only lists of JSON entries, such as a conversation's log: an append is one insert, never a rewrite of the
/// list. Each list holds entries of one or more kinds, and keeps only the newest entries of each kind.
/// </summary>
public interface IAppendLog
{
    /// <summary>
    /// Appends <paramref name="json"/> as an entry of <paramref name="kind"/> to the list <paramref name="key"/>, then
    /// drops that kind's entries beyond the newest <paramref name="keep"/>. With <paramref name="entryId"/>, only when
    /// the list holds no entry of that kind with that id: false then, and nothing is written.
    /// </summary>
    Task<bool> AppendAsync(string key, string kind, string? entryId, string json, int keep, CancellationToken ct);

    /// <summary>The list's entries of every kind, oldest first; empty when the list does not exist.</summary>
    Task<IReadOnlyList<AppendLogEntry>> ReadAsync(string key, CancellationToken ct);
}

/// <summary>One entry of an <see cref="IAppendLog"/> list.</summary>
public sealed record AppendLogEntry(string Kind, string Json);
