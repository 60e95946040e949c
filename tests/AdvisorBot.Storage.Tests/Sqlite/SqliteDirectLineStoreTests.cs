using AdvisorBot.Channels.DirectLine;
using AdvisorBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Storage.Tests.Sqlite;

/// <summary>The Direct Line store contract on a real SQLite file; and its activities outlive the process's store object.</summary>
public sealed class SqliteDirectLineStoreTests : DirectLineStoreContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "advisorbot-directline-" + Guid.NewGuid().ToString("N"));

    protected override IDirectLineStore CreateStore()
    {
        var database = new SqliteDatabase(Options.Create(new StateOptions { DataPath = _folder }), Clock);
        return new SqliteDirectLineStore(database, new SqliteStateStore(database, Clock), Clock);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Activities_AreStillThereForAReconnect_AfterTheStoreIsOpenedAgain()
    {
        var first = CreateStore();
        await first.StartAsync("c1", "ana", CancellationToken.None);
        var mark = await first.AppendAsync("c1", "{\"text\":\"hello\"}", CancellationToken.None);
        SqliteConnection.ClearAllPools();

        var reopened = CreateStore();

        Assert.True(await reopened.ExistsAsync("c1", CancellationToken.None));
        Assert.Equal(mark, Assert.Single(await reopened.ReadAsync("c1", 0, 10, CancellationToken.None)).Watermark);
    }
}
