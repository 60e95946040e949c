using AdvisorBot.Core.State;
using AdvisorBot.Storage;
using AdvisorBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Storage.Tests.Sqlite;

/// <summary>The SQLite state store on a real file in a fresh temp folder.</summary>
public sealed class SqliteStateStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "advisorbot-store-" + Guid.NewGuid().ToString("N"));
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private SqliteStateStore NewStore() => new(Options.Create(new StateOptions { DataPath = _folder }));

    [Fact]
    public async Task WriteWithoutETag_CreatesOnce_AndASecondCreateConflicts()
    {
        var store = NewStore();

        var etag = await store.WriteAsync("k", "{\"a\":1}", null, _ct);

        var entry = await store.ReadAsync("k", _ct);
        Assert.Equal("{\"a\":1}", entry!.Json);
        Assert.Equal(etag, entry.ETag);
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("k", "{\"a\":2}", null, _ct));
    }

    [Fact]
    public async Task TwoWritersWithTheSameETag_OneWins_TheOtherGetsAConflict()
    {
        var store = NewStore();
        var etag = await store.WriteAsync("k", "0", null, _ct);

        var first = await store.WriteAsync("k", "1", etag, _ct);
        var second = await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("k", "2", etag, _ct));

        Assert.NotEqual(etag, first);
        Assert.Equal("k", second.Key);
        Assert.Equal("1", (await store.ReadAsync("k", _ct))!.Json);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public async Task RacingWritersWithTheSameETag_ExactlyOneSucceeds(int writers)
    {
        var store = NewStore();
        var etag = await store.WriteAsync("k", "0", null, _ct);

        var results = await Task.WhenAll(Enumerable.Range(1, writers).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.WriteAsync("k", i.ToString(System.Globalization.CultureInfo.InvariantCulture), etag, _ct);
                return true;
            }
            catch (StateConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task ReadChangeWriteWithRetries_LosesNoUpdate_UnderContention()
    {
        var store = NewStore();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.UpdateAsync<int>("counter", n => n + 1, _ct, maxAttempts: 50))));

        var (value, _) = await store.ReadAsync<int>("counter", _ct);
        Assert.Equal(20, value);
    }

    [Fact]
    public async Task AnyETag_Overwrites_AndStaleDeleteIsRefused()
    {
        var store = NewStore();
        var etag = await store.WriteAsync("k", "1", null, _ct);
        await store.WriteAsync("k", "2", StateEntry.AnyETag, _ct);

        Assert.False(await store.DeleteAsync("k", etag, _ct));
        Assert.True(await store.DeleteAsync("k", null, _ct));
        Assert.Null(await store.ReadAsync("k", _ct));
    }

    [Fact]
    public async Task Data_SurvivesANewStoreOnTheSameFolder_InWalMode()
    {
        await NewStore().WriteAsync("k", "\"kept\"", null, _ct);

        var reopened = NewStore();

        Assert.Equal("\"kept\"", (await reopened.ReadAsync("k", _ct))!.Json);
        await using var connection = new SqliteConnection($"Data Source={reopened.FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string)(await command.ExecuteScalarAsync())!);
        Assert.True(await reopened.PingAsync(_ct));
    }
}
