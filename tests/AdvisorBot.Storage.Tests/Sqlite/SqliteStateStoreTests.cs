using AdvisorBot.Core.State;
using AdvisorBot.Storage.Sqlite;
using AdvisorBot.Storage.Tests.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Storage.Tests.Sqlite;

/// <summary>What only the SQLite provider does: its file, its pragmas, its schema versions (the contracts cover the rest).</summary>
public sealed class SqliteStateStoreTests : IDisposable
{
    private readonly SqliteBackend _backend = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _backend.Dispose();

    private SqliteDatabase NewDatabase() => new(Options.Create(new StateOptions { DataPath = _backend.Folder }), TimeProvider.System);

    private SqliteStateStore NewStore() => new(NewDatabase(), TimeProvider.System);

    [Fact]
    public void Constructor_CreatesTheFolderAndTheFile()
    {
        var store = NewStore();

        Assert.Equal(Path.Combine(_backend.Folder, "advisorbot.db"), store.FilePath);
        Assert.True(File.Exists(store.FilePath));
    }

    [Fact]
    public async Task TheFile_IsInWalMode_AtTheCurrentSchemaVersion()
    {
        var store = NewStore();

        Assert.Equal("wal", await ScalarAsync(store.FilePath, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteSchema.Version, await ScalarAsync(store.FilePath, "PRAGMA user_version"));
    }

    [Fact]
    public async Task EveryConnection_HasTheBusyTimeoutAndSynchronousNormal_NewOrFromThePool()
    {
        var database = NewDatabase();
        _ = new SqliteStateStore(database, TimeProvider.System);

        // Several open at once (new connections), then the same again (handed back by the pool).
        for (var round = 0; round < 2; round++)
        {
            var open = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => database.OpenAsync(_ct)));
            foreach (var connection in open)
            {
                Assert.Equal((long)SqliteDatabase.BusyTimeout.TotalMilliseconds, await ScalarAsync(connection, "PRAGMA busy_timeout"));
                Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous"));
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task AFileFromBeforeTheAppendOnlyLog_HasItsLogDocumentsMovedIntoTheLog_Once()
    {
        // A version-1 file: the tables of today less the log, and a conversation log kept as one state document.
        _ = NewStore();
        await using (var connection = await NewDatabase().OpenAsync(_ct))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                DROP TABLE append_log;
                PRAGMA user_version = 1;
                INSERT INTO state (key, value, etag, updated_at) VALUES ('log/msteams/19:c', '{"decisions":[{"sessionId":"s1","historyKey":"h","decisionTitle":"T","recommended":"R","team":true,"participants":["Ana"],"disagreements":0,"finishedAt":"2026-01-01T00:00:00+00:00"}],"questions":[{"question":"q1","answered":true,"source":null,"asker":"Ana","at":"2026-01-01T00:00:00+00:00"},{"question":"q2","answered":false,"source":null,"asker":"Ben","at":"2026-01-02T00:00:00+00:00"}]}', 'e', '2026');
                INSERT INTO state (key, value, etag, updated_at) VALUES ('dialog/msteams/19:c', '{}', 'e', '2026');
                """;
            await command.ExecuteNonQueryAsync(_ct);
        }

        SqliteConnection.ClearAllPools();
        var reopened = _backend.Open(TimeProvider.System);
        _ = _backend.Open(TimeProvider.System); // a second opening migrates nothing again

        var log = await Core.Summaries.ConversationLog.ReadAsync(reopened.Log, "msteams", "19:c", _ct);
        Assert.Equal("s1", Assert.Single(log.Decisions).SessionId);
        Assert.Equal(["q1", "q2"], log.Questions.Select(q => q.Question));
        Assert.Null(await reopened.State.ReadAsync("log/msteams/19:c", _ct));
        Assert.NotNull(await reopened.State.ReadAsync("dialog/msteams/19:c", _ct));
        Assert.False(await reopened.Log.AppendAsync("log/msteams/19:c", Core.Summaries.ConversationLog.DecisionKind, "s1", "{}", 200, _ct));
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
        Directory.Delete(_backend.Folder, recursive: true);

        var error = await Assert.ThrowsAsync<StateStoreUnavailableException>(() => store.ProbeWriteAsync(_ct));
        Assert.Equal(store.FilePath, error.File);
    }

    private static async Task<object?> ScalarAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        return await ScalarAsync(connection, sql);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
