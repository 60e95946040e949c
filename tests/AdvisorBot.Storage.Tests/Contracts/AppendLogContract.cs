using System.Globalization;

namespace AdvisorBot.Storage.Tests.Contracts;

/// <summary>What every append-only log must do: entries in order, ids once per kind, only the newest kept, nothing lost.</summary>
public abstract class AppendLogContract(IStoreBackend backend) : StoreContract(backend)
{
    [StoreFact]
    public async Task ReadAsync_GivesEveryKindOldestFirst_AndNothingForAMissingList()
    {
        var log = Open().Log;
        await log.AppendAsync("log/a", "question", null, "{\"q\":1}", 10, Ct);
        await log.AppendAsync("log/a", "decision", "s1", "{\"d\":1}", 10, Ct);
        await log.AppendAsync("log/b", "question", null, "{\"other\":true}", 10, Ct);
        await log.AppendAsync("log/a", "question", null, "{\"q\":2}", 10, Ct);

        var read = await Open().Log.ReadAsync("log/a", Ct);

        Assert.Equal([("question", "{\"q\":1}"), ("decision", "{\"d\":1}"), ("question", "{\"q\":2}")], read.Select(e => (e.Kind, e.Json)));
        Assert.Empty(await log.ReadAsync("log/none", Ct));
    }

    [StoreFact]
    public async Task AppendAsync_AnEntryIdIsRecordedOncePerKind()
    {
        var log = Open().Log;

        Assert.True(await log.AppendAsync("log/a", "decision", "s1", "{\"first\":true}", 10, Ct));
        Assert.False(await Open().Log.AppendAsync("log/a", "decision", "s1", "{\"again\":true}", 10, Ct));
        Assert.True(await log.AppendAsync("log/a", "other", "s1", "{\"otherKind\":true}", 10, Ct));
        Assert.True(await log.AppendAsync("log/b", "decision", "s1", "{\"otherList\":true}", 10, Ct));

        Assert.Equal(["{\"first\":true}", "{\"otherKind\":true}"], (await log.ReadAsync("log/a", Ct)).Select(e => e.Json));
    }

    [StoreFact]
    public async Task AppendAsync_KeepsTheNewestOfEachKind_AndLeavesTheOtherKinds()
    {
        var log = Open().Log;
        await log.AppendAsync("log/a", "decision", "s1", "\"d1\"", 3, Ct);
        for (var i = 1; i <= 7; i++)
        {
            await log.AppendAsync("log/a", "question", null, $"\"q{i}\"", 3, Ct);
        }

        var read = await log.ReadAsync("log/a", Ct);

        Assert.Equal(["\"d1\"", "\"q5\"", "\"q6\"", "\"q7\""], read.Select(e => e.Json));
    }

    [StoreFact]
    public async Task ConcurrentAppendsFromTwoInstances_LoseNothing()
    {
        var logs = new[] { Open().Log, Open().Log };

        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() =>
            logs[i % 2].AppendAsync("log/a", "question", null, i.ToString(CultureInfo.InvariantCulture), 100, Ct))));

        var read = await logs[0].ReadAsync("log/a", Ct);
        Assert.Equal(Enumerable.Range(0, 30), read.Select(e => int.Parse(e.Json, CultureInfo.InvariantCulture)).Order());
    }
}
