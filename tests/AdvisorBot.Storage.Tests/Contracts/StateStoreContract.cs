using System.Globalization;
using AdvisorBot.Core.State;

namespace AdvisorBot.Storage.Tests.Contracts;

/// <summary>What every state store must do: ETag concurrency on one instance and across two on the same data.</summary>
public abstract class StateStoreContract(IStoreBackend backend) : StoreContract(backend)
{
    [StoreFact]
    public async Task ReadAsync_MissingKey_ReturnsNull()
    {
        Assert.Null(await Open().State.ReadAsync("missing", Ct));
    }

    [StoreFact]
    public async Task WriteAsync_WithoutETag_CreatesOnce_AndASecondCreateConflicts()
    {
        var store = Open().State;

        await store.WriteAsync("k", "{\"a\":1}", null, Ct);
        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("k", "{\"a\":2}", null, Ct));

        Assert.Equal("k", conflict.Key);
        Assert.Equal("{\"a\":1}", (await store.ReadAsync("k", Ct))!.Json);
    }

    [StoreFact]
    public async Task ReadAsync_AfterAWrite_ReturnsTheJsonExactlyAndTheWrittenETag()
    {
        var store = Open().State;
        const string json = "{ \"b\": [1, 2],  \"a\": \"ünïcødé ✓\" }";

        var etag = await store.WriteAsync("k", json, null, Ct);
        var entry = await store.ReadAsync("k", Ct);

        Assert.Equal(new StateEntry("k", json, etag), entry);
        Assert.False(string.IsNullOrWhiteSpace(etag));
    }

    [StoreFact]
    public async Task WriteAsync_MatchingETag_WritesAndReturnsANewETag()
    {
        var store = Open().State;
        var first = await store.WriteAsync("k", "1", null, Ct);

        var second = await store.WriteAsync("k", "2", first, Ct);

        Assert.NotEqual(first, second);
        Assert.Equal(new StateEntry("k", "2", second), await store.ReadAsync("k", Ct));
    }

    [StoreFact]
    public async Task WriteAsync_ETagForAMissingKey_Conflicts()
    {
        var store = Open().State;

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("k", "1", "made-up-etag", Ct));

        Assert.Null(await store.ReadAsync("k", Ct));
    }

    [StoreFact]
    public async Task WriteAsync_TwoInstancesOnTheSameData_HonourEachOthersETags()
    {
        var (one, two) = (Open().State, Open().State);
        var etag = await one.WriteAsync("k", "0", null, Ct);

        await two.WriteAsync("k", "from two", etag, Ct);

        await Assert.ThrowsAsync<StateConflictException>(() => one.WriteAsync("k", "from one", etag, Ct));
        Assert.Equal("from two", (await one.ReadAsync("k", Ct))!.Json);
    }

    [StoreFact]
    public async Task WriteAsync_RacingWritersOnTwoInstancesWithTheSameETag_ExactlyOneSucceeds()
    {
        var instances = new[] { Open().State, Open().State };
        foreach (var writers in new[] { 2, 5, 10 })
        {
            var key = $"k{writers}";
            var etag = await instances[0].WriteAsync(key, "0", null, Ct);

            var results = await RaceAsync(writers, i => instances[i % 2].WriteAsync(key, i.ToString(CultureInfo.InvariantCulture), etag, Ct));

            var winner = Assert.Single(results, r => r.Won);
            Assert.Equal(winner.Index.ToString(CultureInfo.InvariantCulture), (await instances[1].ReadAsync(key, Ct))!.Json);
        }
    }

    [StoreFact]
    public async Task WriteAsync_RacingCreatorsOnTwoInstances_ExactlyOneSucceeds()
    {
        var instances = new[] { Open().State, Open().State };

        var results = await RaceAsync(10, i => instances[i % 2].WriteAsync("k", i.ToString(CultureInfo.InvariantCulture), null, Ct));

        var winner = Assert.Single(results, r => r.Won);
        Assert.Equal(winner.Index.ToString(CultureInfo.InvariantCulture), (await instances[0].ReadAsync("k", Ct))!.Json);
    }

    [StoreFact]
    public async Task UpdateAsync_ParallelIncrementsFromTwoInstances_LoseNoUpdate()
    {
        var instances = new[] { Open().State, Open().State };

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => instances[i % 2].UpdateAsync<int>("counter", n => n + 1, Ct, maxAttempts: 100))));

        Assert.Equal(20, (await instances[0].ReadAsync<int>("counter", Ct)).Value);
    }

    [StoreFact]
    public async Task WriteAsync_AnyETag_OverwritesWhateverIsStored_OrCreates()
    {
        var store = Open().State;
        var etag = await store.WriteAsync("k", "1", null, Ct);

        var overwritten = await store.WriteAsync("k", "2", StateEntry.AnyETag, Ct);
        var created = await store.WriteAsync("new", "3", StateEntry.AnyETag, Ct);

        Assert.NotEqual(etag, overwritten);
        Assert.Equal(new StateEntry("k", "2", overwritten), await store.ReadAsync("k", Ct));
        Assert.Equal(new StateEntry("new", "3", created), await store.ReadAsync("new", Ct));
    }

    [StoreFact]
    public async Task DeleteAsync_StaleETag_ReturnsFalseAndKeepsTheData_TheCurrentOneDeletes()
    {
        var store = Open().State;
        var stale = await store.WriteAsync("k", "1", null, Ct);
        var current = await store.WriteAsync("k", "2", stale, Ct);

        Assert.False(await store.DeleteAsync("k", stale, Ct));
        Assert.Equal("2", (await store.ReadAsync("k", Ct))!.Json);
        Assert.True(await store.DeleteAsync("k", current, Ct));
        Assert.Null(await store.ReadAsync("k", Ct));
    }

    [StoreFact]
    public async Task DeleteAsync_NoOrAnyETag_DeletesUnconditionally()
    {
        var store = Open().State;
        foreach (var etag in new[] { null, StateEntry.AnyETag })
        {
            await store.WriteAsync("k", "1", StateEntry.AnyETag, Ct);

            Assert.True(await store.DeleteAsync("k", etag, Ct));

            Assert.Null(await store.ReadAsync("k", Ct));
            Assert.False(await store.DeleteAsync("k", etag, Ct));
        }
    }

    [StoreFact]
    public async Task Keys_AreSeparate_AndComparedExactly()
    {
        var store = Open().State;
        await store.WriteAsync("conversation/a", "\"a\"", null, Ct);
        await store.WriteAsync("conversation/A", "\"A\"", null, Ct);
        await store.WriteAsync("conversation/ä", "\"ä\"", null, Ct);

        Assert.Equal("\"a\"", (await store.ReadAsync("conversation/a", Ct))!.Json);
        Assert.Equal("\"A\"", (await store.ReadAsync("conversation/A", Ct))!.Json);
        Assert.Equal("\"ä\"", (await store.ReadAsync("conversation/ä", Ct))!.Json);
        Assert.Null(await store.ReadAsync("conversation/", Ct));
        Assert.Null(await store.ReadAsync("conversation/a ", Ct));
    }

    [StoreFact]
    public async Task Data_SurvivesAStoreOpenedAgain()
    {
        var etag = await Open().State.WriteAsync("k", "\"kept\"", null, Ct);

        Assert.Equal(new StateEntry("k", "\"kept\"", etag), await Open().State.ReadAsync("k", Ct));
    }

    private static async Task<(int Index, bool Won)[]> RaceAsync(int writers, Func<int, Task<string>> write)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racing = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await write(i);
                return (i, true);
            }
            catch (StateConflictException)
            {
                return (i, false);
            }
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(racing);
    }
}
