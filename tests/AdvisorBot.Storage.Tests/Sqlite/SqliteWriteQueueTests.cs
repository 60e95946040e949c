using AdvisorBot.Storage.Sqlite;
using AdvisorBot.Storage.Tests.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Storage.Tests.Sqlite;

/// <summary>
/// The SQLite writer's group commit, on a real file: writes that arrive while another runs share the next
/// transaction; each caller's task completes after the commit that holds its write; one bad write costs the
/// others nothing. A first write held open by a gate makes the rest queue up behind it.
/// </summary>
public sealed class SqliteWriteQueueTests : IAsyncDisposable
{
    private readonly SqliteBackend _backend = new();
    private readonly SqliteDatabase _database;

    public SqliteWriteQueueTests()
    {
        _database = new SqliteDatabase(Options.Create(new StateOptions { DataPath = _backend.Folder }), TimeProvider.System);
        _ = new SqliteStateStore(_database, TimeProvider.System); // creates the tables
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        _backend.Dispose();
    }

    [Fact]
    public async Task WritesArrivingWhileOneRuns_ShareOneTransaction_AndAllAreKept()
    {
        var (gate, held) = await HoldTheWriterAsync();
        var before = _database.WriteTransactions;
        var writes = Enumerable.Range(0, 50).Select(i => InsertAsync($"k{i}")).ToList();
        Assert.All(writes, w => Assert.False(w.IsCompleted));

        gate.SetResult();
        await held;
        await Task.WhenAll(writes);

        Assert.Equal(1, _database.WriteTransactions - before);
        Assert.Equal(51L, await CountAsync());
    }

    [Fact]
    public async Task AWriteThatFails_InABatch_FailsAlone_AndTheOthersAreKept()
    {
        var (gate, held) = await HoldTheWriterAsync();
        var good = Enumerable.Range(0, 10).Select(i => InsertAsync($"a{i}")).ToList();
        var bad = _database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO no_such_table VALUES (1)";
            return await command.ExecuteNonQueryAsync();
        }, CancellationToken.None);
        good.AddRange(Enumerable.Range(0, 10).Select(i => InsertAsync($"b{i}")));

        gate.SetResult();
        await held;

        var error = await Assert.ThrowsAsync<SqliteException>(() => bad);
        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        Assert.All(await Task.WhenAll(good), rows => Assert.Equal(1, rows));
        Assert.Equal(21L, await CountAsync());
    }

    [Fact]
    public async Task AWriteCanceledWhileItWaits_IsNotWritten()
    {
        var (gate, held) = await HoldTheWriterAsync();
        using var cancel = new CancellationTokenSource();
        var canceled = InsertAsync("never", cancel.Token);
        var kept = InsertAsync("kept");
        await cancel.CancelAsync();

        gate.SetResult();
        await held;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => canceled);
        await kept;
        Assert.Equal(0L, await CountAsync("never"));
        Assert.Equal(1L, await CountAsync("kept"));
    }

    [Fact]
    public async Task Commits_AreCheckpointedInTheBackground_AndTheWritersConnectionLeavesCheckpointsToIt()
    {
        await InsertAsync("one");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (_database.Checkpoints == 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10);
        }

        Assert.True(_database.Checkpoints > 0, "no background checkpoint ran");
        var autocheckpoint = await _database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint";
            return (long)(await command.ExecuteScalarAsync())!;
        }, CancellationToken.None);
        Assert.Equal(0L, autocheckpoint);
    }

    /// <summary>A first write that keeps the writer busy until the gate opens, so later writes queue behind it.</summary>
    private async Task<(TaskCompletionSource Gate, Task<int> Held)> HoldTheWriterAsync()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = _database.WriteAsync(async connection =>
        {
            started.SetResult();
            await gate.Task;
            return await InsertAsync(connection, "held");
        }, CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        return (gate, held);
    }

    private Task<int> InsertAsync(string key, CancellationToken ct = default) =>
        _database.WriteAsync(connection => InsertAsync(connection, key), ct);

    private static async Task<int> InsertAsync(SqliteConnection connection, string key)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO state (key, value, etag, updated_at) VALUES ($key, '{}', 'e', 'now')";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteNonQueryAsync();
    }

    private Task<long> CountAsync(string? key = null) => _database.RunAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = key is null ? "SELECT count(*) FROM state" : "SELECT count(*) FROM state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key ?? string.Empty);
        return (long)(await command.ExecuteScalarAsync())!;
    }, CancellationToken.None);
}
