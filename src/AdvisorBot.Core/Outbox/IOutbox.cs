namespace AdvisorBot.Core.Outbox;

/// <summary>
/// Durable work accepted from a channel before it is acknowledged: written first, processed in the background,
/// marked done after. The item id is the channel's delivery id (e.g. Slack's event_id): enqueueing an id seen before
/// is refused, so retried deliveries are processed once, even across restarts.
/// </summary>
public interface IOutbox
{
    /// <summary>False when an item with this id was already accepted (a retried delivery).</summary>
    Task<bool> EnqueueAsync(string id, string kind, string payload, CancellationToken ct);

    /// <summary>Items not yet done whose next attempt is due, oldest first.</summary>
    Task<IReadOnlyList<OutboxItem>> DueAsync(int max, CancellationToken ct);

    Task CompleteAsync(string id, CancellationToken ct);

    /// <summary>Records a failed attempt; the item is tried again after <paramref name="delay"/>.</summary>
    Task RetryLaterAsync(string id, string error, TimeSpan delay, CancellationToken ct);
}

public sealed record OutboxItem(string Id, string Kind, string Payload, int Attempts, DateTimeOffset CreatedAt);
