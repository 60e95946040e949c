using AdvisorBot.Channels.Outbox;

namespace AdvisorBot.Storage.Tests.Contracts;

/// <summary>
/// What every outbox must do: claims are leases (an item is worked by one claimant at a time, on whichever instance),
/// attempts are counted, completed side effects are not repeated, done items are pruned.
/// </summary>
public abstract class OutboxContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);

    [StoreFact]
    public async Task EnqueueAsync_IsTrueOnce_OnEveryInstance()
    {
        Assert.True(await Open().Outbox.EnqueueAsync("ev-1", "slack.event", "{}", Ct));
        Assert.False(await Open().Outbox.EnqueueAsync("ev-1", "slack.event", "{}", Ct));
    }

    [StoreFact]
    public async Task ClaimAsync_AClaimedItem_IsNotClaimedAgainWhileItsLeaseLasts_ByThisInstanceOrAnother()
    {
        var outbox = Open().Outbox;
        await outbox.EnqueueAsync("ev-1", "slack.event", "{\"n\":1}", Ct);

        var first = await outbox.ClaimAsync(4, Lease, Ct);
        var again = await outbox.ClaimAsync(4, Lease, Ct);
        var other = await Open().Outbox.ClaimAsync(4, Lease, Ct);

        var item = Assert.Single(first);
        Assert.Equal(("ev-1", "slack.event", "{\"n\":1}", 1), (item.Id, item.Kind, item.Payload, item.Attempts));
        Assert.Equal(Clock.Now, item.CreatedAt);
        Assert.Empty(again);
        Assert.Empty(other);
    }

    [StoreFact]
    public async Task ClaimAsync_TwoInstancesClaimingAtOnce_NeverClaimTheSameItem_AndBetweenThemClaimAll()
    {
        var (one, two) = (Open().Outbox, Open().Outbox);
        var ids = Enumerable.Range(0, 40).Select(i => $"ev-{i:00}").ToList();
        foreach (var id in ids)
        {
            await one.EnqueueAsync(id, "slack.event", "{}", Ct);
            Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        async Task<List<string>> DrainAsync(IOutbox outbox)
        {
            var claimed = new List<string>();
            while (await outbox.ClaimAsync(3, Lease, Ct) is { Count: > 0 } items)
            {
                claimed.AddRange(items.Select(i => i.Id));
            }

            return claimed;
        }

        var drained = await Task.WhenAll(Task.Run(() => DrainAsync(one)), Task.Run(() => DrainAsync(two)), Task.Run(() => DrainAsync(one)), Task.Run(() => DrainAsync(two)));

        var all = drained.SelectMany(d => d).ToList();
        Assert.Equal(ids, all.Order());
    }

    [StoreFact]
    public async Task ClaimAsync_GivesTheOldestFirst_AndAtMostMax()
    {
        var outbox = Open().Outbox;
        foreach (var id in new[] { "b", "c", "a", "d" })
        {
            await outbox.EnqueueAsync(id, "slack.event", "{}", Ct);
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(["b", "c", "a"], (await outbox.ClaimAsync(3, Lease, Ct)).Select(i => i.Id));
        Assert.Equal(["d"], (await outbox.ClaimAsync(3, Lease, Ct)).Select(i => i.Id));
    }

    [StoreFact]
    public async Task ACrashBetweenClaimAndCompletion_TheItemIsClaimedAgainAfterTheLease_WithTheAttemptCounted()
    {
        var beforeCrash = Open().Outbox;
        await beforeCrash.EnqueueAsync("ev-1", "slack.event", "{}", Ct);
        Assert.Single(await beforeCrash.ClaimAsync(4, Lease, Ct));

        // The instance dies here: no completion, no retry recorded. Another one (or a restarted one) takes over.
        var other = Open().Outbox;
        Assert.Empty(await other.ClaimAsync(4, Lease, Ct));
        Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var reclaimed = Assert.Single(await other.ClaimAsync(4, Lease, Ct));

        Assert.Equal("ev-1", reclaimed.Id);
        Assert.Equal(2, reclaimed.Attempts);
    }

    [StoreFact]
    public async Task ExtendLeaseAsync_KeepsTheClaimWhileTheWorkRuns()
    {
        var outbox = Open().Outbox;
        await outbox.EnqueueAsync("ev-1", "slack.event", "{}", Ct);
        await outbox.ClaimAsync(4, Lease, Ct);

        Clock.Advance(TimeSpan.FromSeconds(10));
        await outbox.ExtendLeaseAsync("ev-1", Lease, Ct);
        Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Empty(await Open().Outbox.ClaimAsync(4, Lease, Ct));
        Clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Single(await Open().Outbox.ClaimAsync(4, Lease, Ct));
    }

    [StoreFact]
    public async Task CompleteAsync_TheItemIsNeverClaimedAgain()
    {
        var outbox = Open().Outbox;
        await outbox.EnqueueAsync("ev-1", "slack.event", "{}", Ct);
        await outbox.ClaimAsync(4, Lease, Ct);

        await outbox.CompleteAsync("ev-1", Ct);
        Clock.Advance(Lease * 4);

        Assert.Empty(await Open().Outbox.ClaimAsync(4, Lease, Ct));
        Assert.False(await outbox.EnqueueAsync("ev-1", "slack.event", "{}", Ct), "a done id still refuses a redelivery");
    }

    [StoreFact]
    public async Task RetryLaterAsync_ReleasesTheClaim_AndTheItemIsDueAfterTheDelay()
    {
        var outbox = Open().Outbox;
        await outbox.EnqueueAsync("ev-1", "slack.event", "{}", Ct);
        await outbox.ClaimAsync(4, Lease, Ct);

        await outbox.RetryLaterAsync("ev-1", "slack down", TimeSpan.FromSeconds(4), Ct);
        Assert.Empty(await outbox.ClaimAsync(4, Lease, Ct));
        Clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(2, Assert.Single(await Open().Outbox.ClaimAsync(4, Lease, Ct)).Attempts);
    }

    [StoreFact]
    public async Task ARetriedItem_DoesNotRepeatASideEffectItCompleted_ButDoesTheOnesItHadNot()
    {
        var outbox = Open().Outbox;
        await outbox.EnqueueAsync("ev-1", "slack.command", "{}", Ct);
        var calls = new List<string>();
        Task<string?> Post(string what)
        {
            calls.Add(what);
            return Task.FromResult<string?>($"ts-{calls.Count}");
        }

        var firstAttempt = new OutboxEffects(outbox, "ev-1");
        var thread = await firstAttempt.OnceAsync("root", "started a decision", () => Post("root"), Ct);
        // Crash before the reply in the thread; another instance retries.

        var retry = new OutboxEffects(Open().Outbox, "ev-1");
        var threadAgain = await retry.OnceAsync("root", "started a decision", () => Post("root"), Ct);
        await retry.OnceAsync("post", "question 1", () => Post("question"), Ct);

        Assert.Equal(["root", "question"], calls);
        Assert.Equal(thread, threadAgain);
    }

    [StoreFact]
    public async Task PruneAsync_DeletesDoneItemsOlderThanTheAge_AndKeepsTheRest()
    {
        var outbox = Open().Outbox;
        await outbox.EnqueueAsync("old", "slack.event", "{}", Ct);
        await outbox.EnqueueAsync("pending", "slack.event", "{}", Ct);
        await outbox.CompleteAsync("old", Ct);
        await outbox.RecordEffectAsync("old", "post:x:1", "ts", Ct);
        Clock.Advance(TimeSpan.FromDays(2));
        await outbox.EnqueueAsync("recent", "slack.event", "{}", Ct);
        await outbox.CompleteAsync("recent", Ct);

        var pruned = await outbox.PruneAsync(TimeSpan.FromDays(1), Ct);

        Assert.Equal(1, pruned);
        Assert.Null(await outbox.FindEffectAsync("old", "post:x:1", Ct));
        Assert.True(await outbox.EnqueueAsync("old", "slack.event", "{}", Ct), "a pruned id is forgotten");
        Assert.False(await outbox.EnqueueAsync("recent", "slack.event", "{}", Ct), "a recent done id still refuses a redelivery");
        Assert.Equal(["old", "pending"], (await outbox.ClaimAsync(4, Lease, Ct)).Select(i => i.Id).Order());
    }
}
