using AdvisorBot.Storage.Sqlite;
using AdvisorBot.Storage.Tests.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

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
    public async Task AfterEnoughWrites_TheLogIsCopiedBackBesideTheWriter_AndTheWriterFinishesIt()
    {
        for (var wave = 0; wave * 100 < SqliteCheckpointer.EveryWrites; wave++)
        {
            await Task.WhenAll(Enumerable.Range(0, 100).Select(i => InsertAsync($"w{wave}-{i}")));
        }

        await WaitAsync(() => _database.Checkpoints > 0); // the bulk step, beside the writer

        await InsertAsync("next"); // the writer's next batch finishes it
        await WaitAsync(() => _database.Checkpoints > 1);
        var (log, copied) = _database.LastCheckpoint;
        Assert.True(log > 0, "the writer's checkpoint found an empty log");
        Assert.Equal(log, copied);
        Assert.Equal(0L, await PragmaAsync("wal_autocheckpoint"));
        Assert.Equal(64L * 1024 * 1024, await PragmaAsync("journal_size_limit"));
    }

    [Fact]
    public async Task AQuietWriter_ChecksPointsOnceTheIntervalHasPassed_NotAfterEveryWrite()
    {
        var time = new FakeTimeProvider();
        using var folder = new SqliteBackend();
        await using var database = new SqliteDatabase(Options.Create(new StateOptions { DataPath = folder.Folder }), time);
        _ = new SqliteStateStore(database, time);
        var before = database.Checkpoints;

        await database.WriteAsync(connection => InsertAsync(connection, "first"), CancellationToken.None);
        await database.WriteAsync(connection => InsertAsync(connection, "second"), CancellationToken.None);
        Assert.Equal(before, database.Checkpoints);

        time.Advance(TimeSpan.FromSeconds(1));
        await database.WriteAsync(connection => InsertAsync(connection, "third"), CancellationToken.None);
        await WaitAsync(() => database.Checkpoints > before);
        Assert.Equal(database.LastCheckpoint.Log, database.LastCheckpoint.Copied);
    }

    /// <summary>
    /// Writes without a pause while readers read: the log must start again after checkpoints rather than grow with
    /// everything written (here some 200 MB of pages; with checkpoints beside the writer only it grew to all of it).
    /// </summary>
    [Fact]
    public async Task ASustainedLoadWithReaders_KeepsTheLogShort()
    {
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await CountAsync("w-1");
            }
        })).ToList();

        const int Waves = 480;
        const int PerWave = 100;
        var value = new string('v', 200);
        for (var wave = 0; wave < Waves; wave++)
        {
            await Task.WhenAll(Enumerable.Range(0, PerWave).Select(_ => _database.WriteAsync(async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO state (key, value, etag, updated_at) VALUES ($key, $value, 'e', 'now')";
                command.Parameters.AddWithValue("$key", Guid.NewGuid().ToString("N"));
                command.Parameters.AddWithValue("$value", value);
                return await command.ExecuteNonQueryAsync();
            }, CancellationToken.None)));
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal((long)Waves * PerWave, await CountAsync());
        var log = new FileInfo(_database.FilePath + "-wal").Length;
        Assert.True(log < 96L * 1024 * 1024, $"the log grew to {log / (1024 * 1024)} MiB over {Waves * PerWave} writes");
    }

    private Task<long> PragmaAsync(string name) => _database.WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)(await command.ExecuteScalarAsync())!;
    }, CancellationToken.None);

    private static async Task WaitAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "the condition did not hold within 10 s");
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
