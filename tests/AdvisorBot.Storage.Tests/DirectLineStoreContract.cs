using AdvisorBot.Channels.DirectLine;

namespace AdvisorBot.Storage.Tests;

/// <summary>What every <see cref="IDirectLineStore"/> must do; each implementation's tests derive from this.</summary>
public abstract class DirectLineStoreContract
{
    private readonly CancellationToken _ct = CancellationToken.None;

    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    protected abstract IDirectLineStore CreateStore();

    [Fact]
    public async Task StartAsync_IsTrueOnce_AndTheConversationThenExists()
    {
        var store = CreateStore();

        Assert.False(await store.ExistsAsync("c1", _ct));
        Assert.True(await store.StartAsync("c1", "ana", _ct));
        Assert.False(await store.StartAsync("c1", "ana", _ct));
        Assert.True(await store.ExistsAsync("c1", _ct));
    }

    [Fact]
    public async Task AppendAsync_GivesGrowingWatermarks_AndReadAsyncReturnsExactlyThoseAfterOne()
    {
        var store = CreateStore();
        await store.StartAsync("c1", "ana", _ct);
        await store.StartAsync("c2", "ben", _ct);
        var marks = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            marks.Add(await store.AppendAsync("c1", $"{{\"n\":{i}}}", _ct));
            await store.AppendAsync("c2", "{\"other\":true}", _ct);
        }

        Assert.Equal(marks.Order(), marks);
        Assert.Equal(marks.Distinct().Count(), marks.Count);
        var after = await store.ReadAsync("c1", marks[1], 100, _ct);
        Assert.Equal(marks[2..], after.Select(a => a.Watermark));
        Assert.Equal(["{\"n\":2}", "{\"n\":3}", "{\"n\":4}"], after.Select(a => a.Json));
        Assert.Equal(marks[..2], (await store.ReadAsync("c1", 0, 2, _ct)).Select(a => a.Watermark));
        Assert.Empty(await store.ReadAsync("c1", marks[^1], 100, _ct));
    }

    [Fact]
    public async Task ConcurrentAppends_LoseNothing_AndRepeatNoWatermark()
    {
        var store = CreateStore();
        await store.StartAsync("c1", "ana", _ct);

        var marks = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => store.AppendAsync("c1", $"{{\"n\":{i}}}", _ct)));

        var read = await store.ReadAsync("c1", 0, 100, _ct);
        Assert.Equal(40, read.Count);
        Assert.Equal(marks.Order(), read.Select(a => a.Watermark));
    }

    [Fact]
    public async Task PruneAsync_ForgetsOnlyConversationsUnusedSinceTheCutOff()
    {
        var store = CreateStore();
        await store.StartAsync("old", "ana", _ct);
        await store.AppendAsync("old", "{}", _ct);
        Clock.Now += TimeSpan.FromHours(2);
        await store.StartAsync("new", "ben", _ct);
        await store.AppendAsync("new", "{}", _ct);

        await store.PruneAsync(Clock.Now - TimeSpan.FromHours(1), _ct);

        Assert.False(await store.ExistsAsync("old", _ct));
        Assert.Empty(await store.ReadAsync("old", 0, 10, _ct));
        Assert.True(await store.ExistsAsync("new", _ct));
        Assert.Single(await store.ReadAsync("new", 0, 10, _ct));
    }
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
