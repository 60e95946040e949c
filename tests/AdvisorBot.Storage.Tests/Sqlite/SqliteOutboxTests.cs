using AdvisorBot.Channels.Outbox;
using AdvisorBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AdvisorBot.Storage.Tests.Sqlite;

/// <summary>The outbox on a real SQLite file: claims are leases, attempts are counted, done items are pruned.</summary>
public sealed class SqliteOutboxTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "advisorbot-outbox-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly CancellationToken _ct = CancellationToken.None;

    /// <summary>A fresh outbox on the same file, as a restarted process opens it.</summary>
    private SqliteOutbox Open()
    {
        var database = new SqliteDatabase(Options.Create(new StateOptions { DataPath = _folder }), _time);
        return new SqliteOutbox(database, new SqliteStateStore(database, _time), _time);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ClaimAsync_AClaimedItem_IsNotClaimedAgainWhileItsLeaseLasts()
    {
        var outbox = Open();
        await outbox.EnqueueAsync("ev-1", "slack.event", "{}", _ct);

        var first = await outbox.ClaimAsync(4, Lease, _ct);
        var second = await outbox.ClaimAsync(4, Lease, _ct);

        Assert.Equal("ev-1", Assert.Single(first).Id);
        Assert.Equal(1, first[0].Attempts);
        Assert.Empty(second);
    }

    [Fact]
    public async Task ACrashBetweenClaimAndCompletion_TheItemIsClaimedAgainAfterTheLease_WithTheAttemptCounted()
    {
        var beforeCrash = Open();
        await beforeCrash.EnqueueAsync("ev-1", "slack.event", "{}", _ct);
        Assert.Single(await beforeCrash.ClaimAsync(4, Lease, _ct));

        // The process dies here: no completion, no retry recorded. A new one opens the file.
        var afterRestart = Open();
        Assert.Empty(await afterRestart.ClaimAsync(4, Lease, _ct));
        _time.Advance(Lease + TimeSpan.FromSeconds(1));
        var reclaimed = Assert.Single(await afterRestart.ClaimAsync(4, Lease, _ct));

        Assert.Equal("ev-1", reclaimed.Id);
        Assert.Equal(2, reclaimed.Attempts);
    }

    [Fact]
    public async Task ExtendLeaseAsync_KeepsTheClaimWhileTheWorkRuns()
    {
        var outbox = Open();
        await outbox.EnqueueAsync("ev-1", "slack.event", "{}", _ct);
        await outbox.ClaimAsync(4, Lease, _ct);

        _time.Advance(TimeSpan.FromSeconds(10));
        await outbox.ExtendLeaseAsync("ev-1", Lease, _ct);
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Empty(await outbox.ClaimAsync(4, Lease, _ct));
    }

    [Fact]
    public async Task RetryLaterAsync_ReleasesTheClaim_AndTheItemIsDueAfterTheDelay()
    {
        var outbox = Open();
        await outbox.EnqueueAsync("ev-1", "slack.event", "{}", _ct);
        await outbox.ClaimAsync(4, Lease, _ct);

        await outbox.RetryLaterAsync("ev-1", "slack down", TimeSpan.FromSeconds(4), _ct);
        Assert.Empty(await outbox.ClaimAsync(4, Lease, _ct));
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(2, Assert.Single(await outbox.ClaimAsync(4, Lease, _ct)).Attempts);
    }

    [Fact]
    public async Task ARetriedItem_DoesNotRepeatASideEffectItCompleted_ButDoesTheOnesItHadNot()
    {
        var outbox = Open();
        await outbox.EnqueueAsync("ev-1", "slack.command", "{}", _ct);
        var calls = new List<string>();
        Task<string?> Post(string what) { calls.Add(what); return Task.FromResult<string?>($"ts-{calls.Count}"); }

        var firstAttempt = new OutboxEffects(outbox, "ev-1");
        var thread = await firstAttempt.OnceAsync("root", "started a decision", () => Post("root"), _ct);
        // Crash before the reply in the thread.

        var retry = new OutboxEffects(Open(), "ev-1");
        var threadAgain = await retry.OnceAsync("root", "started a decision", () => Post("root"), _ct);
        await retry.OnceAsync("post", "question 1", () => Post("question"), _ct);

        Assert.Equal(["root", "question"], calls);
        Assert.Equal(thread, threadAgain);
    }

    [Fact]
    public async Task PruneAsync_DeletesDoneItemsOlderThanTheAge_AndKeepsTheRest()
    {
        var outbox = Open();
        await outbox.EnqueueAsync("old", "slack.event", "{}", _ct);
        await outbox.EnqueueAsync("pending", "slack.event", "{}", _ct);
        await outbox.CompleteAsync("old", _ct);
        await outbox.RecordEffectAsync("old", "post:x:1", "ts", _ct);
        _time.Advance(TimeSpan.FromDays(2));
        await outbox.EnqueueAsync("recent", "slack.event", "{}", _ct);
        await outbox.CompleteAsync("recent", _ct);

        var pruned = await outbox.PruneAsync(TimeSpan.FromDays(1), _ct);

        Assert.Equal(1, pruned);
        Assert.Null(await outbox.FindEffectAsync("old", "post:x:1", _ct));
        Assert.True(await outbox.EnqueueAsync("old", "slack.event", "{}", _ct), "a pruned id is forgotten");
        Assert.False(await outbox.EnqueueAsync("recent", "slack.event", "{}", _ct), "a recent done id still refuses a redelivery");
        Assert.Equal(["old", "pending"], (await outbox.ClaimAsync(4, Lease, _ct)).Select(i => i.Id).Order());
    }
}
