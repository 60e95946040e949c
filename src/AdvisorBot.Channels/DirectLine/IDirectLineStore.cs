namespace AdvisorBot.Channels.DirectLine;

/// <summary>
/// Direct Line conversations and their activities, kept so a client can poll or reconnect from a watermark.
/// Watermarks only grow: an activity appended after another has a larger one, so reading "after W" never repeats
/// what a reader has seen and never skips what was appended since.
/// </summary>
public interface IDirectLineStore
{
    /// <summary>Records the conversation; false when it already existed.</summary>
    Task<bool> StartAsync(string conversationId, string userId, CancellationToken ct);

    Task<bool> ExistsAsync(string conversationId, CancellationToken ct);

    /// <summary>Appends one activity's JSON; returns its watermark.</summary>
    Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken ct);

    /// <summary>The conversation's activities with a watermark above <paramref name="after"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long after, int max, CancellationToken ct);

    /// <summary>Forgets conversations (and their activities) not used since <paramref name="before"/>.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct);
}

public sealed record StoredActivity(long Watermark, string Json);
