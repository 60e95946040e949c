using System.Collections.Concurrent;

namespace AdvisorBot.Storage.Tests.Contracts;

/// <summary>What every Direct Line store must do, on one instance and across two on the same data.</summary>
public abstract class DirectLineStoreContract(IStoreBackend backend) : StoreContract(backend)
{
    [StoreFact]
    public async Task StartAsync_IsTrueOnce_AndTheConversationThenExists()
    {
        var store = Open().DirectLine;

        Assert.False(await store.ExistsAsync("c1", Ct));
        Assert.True(await store.StartAsync("c1", "ana", Ct));
        Assert.False(await store.StartAsync("c1", "ana", Ct));
        Assert.False(await Open().DirectLine.StartAsync("c1", "ana", Ct));
        Assert.True(await store.ExistsAsync("c1", Ct));
    }

    [StoreFact]
    public async Task AppendAsync_GivesGrowingWatermarks_AndReadAsyncReturnsExactlyThoseAfterOne()
    {
        var store = Open().DirectLine;
        await store.StartAsync("c1", "ana", Ct);
        await store.StartAsync("c2", "ben", Ct);
        var marks = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            marks.Add(await store.AppendAsync("c1", $"{{\"n\":{i}}}", Ct));
            await store.AppendAsync("c2", "{\"other\":true}", Ct);
        }

        Assert.Equal(marks.Order(), marks);
        Assert.Equal(marks.Distinct().Count(), marks.Count);
        var after = await store.ReadAsync("c1", marks[1], 100, Ct);
        Assert.Equal(marks[2..], after.Select(a => a.Watermark));
        Assert.Equal(["{\"n\":2}", "{\"n\":3}", "{\"n\":4}"], after.Select(a => a.Json));
        Assert.Equal(marks[..2], (await store.ReadAsync("c1", 0, 2, Ct)).Select(a => a.Watermark));
        Assert.Empty(await store.ReadAsync("c1", marks[^1], 100, Ct));
    }

    [StoreFact]
    public async Task ConcurrentAppends_LoseNothing_AndRepeatNoWatermark()
    {
        var store = Open().DirectLine;
        await store.StartAsync("c1", "ana", Ct);

        var marks = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => store.AppendAsync("c1", $"{{\"n\":{i}}}", Ct)));

        var read = await store.ReadAsync("c1", 0, 100, Ct);
        Assert.Equal(40, read.Count);
        Assert.Equal(marks.Order(), read.Select(a => a.Watermark));
    }

    [StoreFact]
    public async Task AReaderFollowingTheWatermark_WhileTwoInstancesAppend_SeesEveryActivityOnceInOrder()
    {
        var (one, two) = (Open().DirectLine, Open().DirectLine);
        await one.StartAsync("c1", "ana", Ct);
        var seen = new ConcurrentQueue<string>();
        using var done = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            long watermark = 0;
            while (true)
            {
                var finished = done.IsCancellationRequested;
                var set = await one.ReadAsync("c1", watermark, 7, Ct);
                foreach (var activity in set)
                {
                    Assert.True(activity.Watermark > watermark);
                    watermark = activity.Watermark;
                    seen.Enqueue(activity.Json);
                }

                if (finished && set.Count == 0)
                {
                    return;
                }
            }
        });

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => (i % 2 == 0 ? one : two).AppendAsync("c1", $"{{\"n\":{i}}}", Ct)));
        await done.CancelAsync();
        await reader;

        Assert.Equal(60, seen.Count);
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"{{\"n\":{i}}}").Order(), seen.Order());
    }

    [StoreFact]
    public async Task PruneAsync_ForgetsOnlyConversationsUnusedSinceTheCutOff()
    {
        var store = Open().DirectLine;
        await store.StartAsync("old", "ana", Ct);
        await store.AppendAsync("old", "{}", Ct);
        Clock.Advance(TimeSpan.FromHours(2));
        await store.StartAsync("new", "ben", Ct);
        await store.AppendAsync("new", "{}", Ct);

        await store.PruneAsync(Clock.Now - TimeSpan.FromHours(1), Ct);

        Assert.False(await store.ExistsAsync("old", Ct));
        Assert.Empty(await store.ReadAsync("old", 0, 10, Ct));
        Assert.True(await store.ExistsAsync("new", Ct));
        Assert.Single(await store.ReadAsync("new", 0, 10, Ct));
    }

    [StoreFact]
    public async Task Activities_AreStillThereForAReconnect_AfterTheStoreIsOpenedAgain()
    {
        var first = Open().DirectLine;
        await first.StartAsync("c1", "ana", Ct);
        var mark = await first.AppendAsync("c1", "{\"text\":\"hello\"}", Ct);

        var reopened = Open().DirectLine;

        Assert.True(await reopened.ExistsAsync("c1", Ct));
        Assert.Equal(mark, Assert.Single(await reopened.ReadAsync("c1", 0, 10, Ct)).Watermark);
    }
}
