using System.Globalization;
using AdvisorBot.Core.State;
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
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private SqliteStateStore NewStore() => new(new SqliteDatabase(Options.Create(new StateOptions { DataPath = _folder }), TimeProvider.System), TimeProvider.System);

    [Fact]
    public void Constructor_CreatesTheFolderAndTheFile()
    {
        var store = NewStore();

        Assert.Equal(Path.Combine(_folder, "advisorbot.db"), store.FilePath);
        Assert.True(File.Exists(store.FilePath));
    }

    [Fact]
    public async Task ReadAsync_MissingKey_ReturnsNull()
    {
        Assert.Null(await NewStore().ReadAsync("missing", _ct));
    }

    [Fact]
    public async Task WriteAsync_WithoutETag_CreatesOnce_AndASecondCreateConflicts()
    {
        var store = NewStore();

        await store.WriteAsync("k", "{\"a\":1}", null, _ct);
        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("k", "{\"a\":2}", null, _ct));

        Assert.Equal("k", conflict.Key);
        Assert.Equal("{\"a\":1}", (await store.ReadAsync("k", _ct))!.Json);
    }

    [Fact]
    public async Task ReadAsync_AfterAWrite_ReturnsTheJsonAndTheWrittenETag()
    {
        var store = NewStore();

        var etag = await store.WriteAsync("k", "{\"a\":1}", null, _ct);
        var entry = await store.ReadAsync("k", _ct);

        Assert.NotNull(entry);
        Assert.Equal("k", entry.Key);
        Assert.Equal("{\"a\":1}", entry.Json);
        Assert.Equal(etag, entry.ETag);
        Assert.False(string.IsNullOrWhiteSpace(etag));
    }

    [Fact]
    public async Task WriteAsync_MatchingETag_WritesAndReturnsANewETag()
    {
        var store = NewStore();
        var first = await store.WriteAsync("k", "1", null, _ct);

        var second = await store.WriteAsync("k", "2", first, _ct);

        Assert.NotEqual(first, second);
        Assert.Equal(new StateEntry("k", "2", second), await store.ReadAsync("k", _ct));
    }

    [Fact]
    public async Task WriteAsync_ETagForAMissingKey_Conflicts()
    {
        var store = NewStore();

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("k", "1", "made-up-etag", _ct));

        Assert.Null(await store.ReadAsync("k", _ct));
    }

    [Fact]
    public async Task WriteAsync_TwoWritersWithTheSameETag_OneWins_TheOtherGetsAConflict()
    {
        var store = NewStore();
        var etag = await store.WriteAsync("k", "0", null, _ct);

        var first = await store.WriteAsync("k", "1", etag, _ct);
        var second = await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("k", "2", etag, _ct));

        Assert.NotEqual(etag, first);
        Assert.Equal("k", second.Key);
        Assert.Equal(new StateEntry("k", "1", first), await store.ReadAsync("k", _ct));
    }

    [Fact]
    public async Task WriteAsync_TwoStoresOnTheSameFile_HonourEachOthersETags()
    {
        var one = NewStore();
        var two = NewStore();
        var etag = await one.WriteAsync("k", "0", null, _ct);

        await two.WriteAsync("k", "from two", etag, _ct);

        await Assert.ThrowsAsync<StateConflictException>(() => one.WriteAsync("k", "from one", etag, _ct));
        Assert.Equal("from two", (await one.ReadAsync("k", _ct))!.Json);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(10)]
    public async Task WriteAsync_RacingWritersWithTheSameETag_ExactlyOneSucceeds(int writers)
    {
        var store = NewStore();
        var etag = await store.WriteAsync("k", "0", null, _ct);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racing = Enumerable.Range(1, writers).Select(i => Task.Run(async () =>
        {
            var json = i.ToString(CultureInfo.InvariantCulture);
            await start.Task;
            try
            {
                await store.WriteAsync("k", json, etag, _ct);
                return json;
            }
            catch (StateConflictException)
            {
                return null;
            }
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(racing);

        var winner = Assert.Single(results, r => r is not null);
        Assert.Equal(winner, (await store.ReadAsync("k", _ct))!.Json);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public async Task WriteAsync_RacingCreators_ExactlyOneSucceeds(int writers)
    {
        var store = NewStore();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racing = Enumerable.Range(1, writers).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await store.WriteAsync("k", i.ToString(CultureInfo.InvariantCulture), null, _ct);
                return true;
            }
            catch (StateConflictException)
            {
                return false;
            }
        })).ToList();
        start.SetResult();
        var results = await Task.WhenAll(racing);

        Assert.Single(results, r => r);
    }

    [Fact]
    public async Task UpdateAsync_ParallelIncrementsWithRetries_LoseNoUpdate()
    {
        var store = NewStore();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => store.UpdateAsync<int>("counter", n => n + 1, _ct, maxAttempts: 50))));

        var (value, _) = await store.ReadAsync<int>("counter", _ct);
        Assert.Equal(20, value);
    }

    [Fact]
    public async Task WriteAsync_AnyETag_OverwritesWhateverIsStored()
    {
        var store = NewStore();
        var etag = await store.WriteAsync("k", "1", null, _ct);

        var overwritten = await store.WriteAsync("k", "2", StateEntry.AnyETag, _ct);

        Assert.NotEqual(etag, overwritten);
        Assert.Equal(new StateEntry("k", "2", overwritten), await store.ReadAsync("k", _ct));
    }

    [Fact]
    public async Task WriteAsync_AnyETag_CreatesAMissingKey()
    {
        var store = NewStore();

        var etag = await store.WriteAsync("k", "1", StateEntry.AnyETag, _ct);

        Assert.Equal(new StateEntry("k", "1", etag), await store.ReadAsync("k", _ct));
    }

    [Fact]
    public async Task DeleteAsync_StaleETag_ReturnsFalseAndKeepsTheData()
    {
        var store = NewStore();
        var stale = await store.WriteAsync("k", "1", null, _ct);
        await store.WriteAsync("k", "2", stale, _ct);

        Assert.False(await store.DeleteAsync("k", stale, _ct));

        Assert.Equal("2", (await store.ReadAsync("k", _ct))!.Json);
    }

    [Fact]
    public async Task DeleteAsync_CurrentETag_Deletes()
    {
        var store = NewStore();
        var etag = await store.WriteAsync("k", "1", null, _ct);

        Assert.True(await store.DeleteAsync("k", etag, _ct));

        Assert.Null(await store.ReadAsync("k", _ct));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(StateEntry.AnyETag)]
    public async Task DeleteAsync_NoOrAnyETag_DeletesUnconditionally(string? etag)
    {
        var store = NewStore();
        await store.WriteAsync("k", "1", null, _ct);

        Assert.True(await store.DeleteAsync("k", etag, _ct));

        Assert.Null(await store.ReadAsync("k", _ct));
        Assert.False(await store.DeleteAsync("k", etag, _ct));
    }

    [Fact]
    public async Task Keys_AreSeparate_AndComparedExactly()
    {
        var store = NewStore();
        await store.WriteAsync("conversation/a", "\"a\"", null, _ct);
        await store.WriteAsync("conversation/A", "\"A\"", null, _ct);

        Assert.Equal("\"a\"", (await store.ReadAsync("conversation/a", _ct))!.Json);
        Assert.Equal("\"A\"", (await store.ReadAsync("conversation/A", _ct))!.Json);
        Assert.Null(await store.ReadAsync("conversation/", _ct));
    }

    [Fact]
    public async Task Data_SurvivesANewStoreOnTheSameFolder()
    {
        var etag = await NewStore().WriteAsync("k", "\"kept\"", null, _ct);
        SqliteConnection.ClearAllPools();

        var reopened = NewStore();

        Assert.Equal(new StateEntry("k", "\"kept\"", etag), await reopened.ReadAsync("k", _ct));
    }

    [Fact]
    public async Task TheFile_IsInWalMode()
    {
        var store = NewStore();

        await using var connection = new SqliteConnection($"Data Source={store.FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task ProbeWriteAsync_OpenStore_Succeeds()
    {
        await NewStore().ProbeWriteAsync(_ct);
    }

    [Fact]
    public async Task ProbeWriteAsync_FolderGone_ThrowsUnavailableNamingTheFile()
    {
        var store = NewStore();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);

        var error = await Assert.ThrowsAsync<StateStoreUnavailableException>(() => store.ProbeWriteAsync(_ct));
        Assert.Equal(store.FilePath, error.File);
    }
}
