namespace AdvisorBot.Channels.Outbox;

/// <summary>
/// Durable work accepted from a channel before it is acknowledged: written first, claimed and worked in the
/// background, marked done after. The item id is the channel's delivery id (e.g. Slack's event_id): enqueueing an id
/// seen before is refused, so retried deliveries are processed once, even across restarts. A claim is a lease: an
/// item whose worker died is claimed again once the lease ends, and the side effects it had completed are recorded
/// so the retry does not repeat them.
/// </summary>
public interface IOutbox
{
    /// <summary>False when an item with this id was already accepted (a retried delivery).</summary>
    Task<bool> EnqueueAsync(string id, string kind, string payload, CancellationToken ct);

    /// <summary>
    /// Claims up to <paramref name="max"/> items that are due and not leased, oldest first, for <paramref name="lease"/>;
    /// each claim counts as an attempt.
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken ct);

    /// <summary>Keeps a claim alive while its work runs (a worker that died stops extending it).</summary>
    Task ExtendLeaseAsync(string id, TimeSpan lease, CancellationToken ct);

    Task CompleteAsync(string id, CancellationToken ct);

    /// <summary>Records a failed attempt and releases the claim; the item is due again after <paramref name="delay"/>.</summary>
    Task RetryLaterAsync(string id, string error, TimeSpan delay, CancellationToken ct);

    /// <summary>The result recorded for a side effect of this item that already happened, or null if it has not.</summary>
    Task<string?> FindEffectAsync(string id, string effect, CancellationToken ct);

    Task RecordEffectAsync(string id, string effect, string result, CancellationToken ct);

    /// <summary>Deletes items done longer than <paramref name="age"/> ago, with their effects; returns how many.</summary>
    Task<int> PruneAsync(TimeSpan age, CancellationToken ct);
}

/// <summary>A claimed item; <see cref="Attempts"/> includes this claim.</summary>
public sealed record OutboxItem(string Id, string Kind, string Payload, int Attempts, DateTimeOffset CreatedAt);
