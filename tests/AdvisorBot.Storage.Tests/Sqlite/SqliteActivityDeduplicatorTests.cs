using AdvisorBot.Storage.Sqlite;
using AdvisorBot.Storage.Tests.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AdvisorBot.Storage.Tests.Sqlite;

/// <summary>Pruning expired de-duplication records: bounded, through the expiry index, never a read of the whole table.</summary>
public sealed class SqliteActivityDeduplicatorTests : IDisposable
{
    private readonly SqliteBackend _backend = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _backend.Dispose();

    [Fact]
    public async Task ExpiredRecords_ArePrunedAsClaimsGoOn_AtMostABatchAtATime()
    {
        var database = new SqliteDatabase(Options.Create(new StateOptions { DataPath = _backend.Folder }), _clock);
        var deduplicator = new SqliteActivityDeduplicator(database, new SqliteStateStore(database, _clock), _clock);
        const int Old = SqliteActivityDeduplicator.PruneBatch + 300;
        for (var i = 0; i < Old; i++)
        {
            Assert.True(await deduplicator.FirstDeliveryAsync($"old-{i}", CancellationToken.None));
        }

        _clock.Advance(SqliteActivityDeduplicator.Window + TimeSpan.FromMinutes(1));
        var claimed = Old;
        while (claimed % 512 != 0)
        {
            Assert.True(await deduplicator.FirstDeliveryAsync($"new-{claimed++}", CancellationToken.None));
        }

        // The prune on this claim count removed one batch of the expired records, oldest first, and nothing newer.
        Assert.Equal(Old - SqliteActivityDeduplicator.PruneBatch, await CountAsync(database.FilePath, "key LIKE 'old-%'"));
        Assert.Equal(claimed - Old, await CountAsync(database.FilePath, "key LIKE 'new-%'"));
        Assert.Equal(0L, await CountAsync(database.FilePath, $"key IN ('old-0', 'old-{SqliteActivityDeduplicator.PruneBatch - 1}')"));

        for (var i = 0; i < 512; i++)
        {
            await deduplicator.FirstDeliveryAsync($"new-{claimed++}", CancellationToken.None);
        }

        Assert.Equal(0L, await CountAsync(database.FilePath, "key LIKE 'old-%'"));
    }

    [Fact]
    public async Task APrune_FindsExpiredRecordsThroughTheExpiryIndex()
    {
        var database = new SqliteDatabase(Options.Create(new StateOptions { DataPath = _backend.Folder }), _clock);
        _ = new SqliteStateStore(database, _clock);
        await using var connection = new SqliteConnection($"Data Source={database.FilePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT key FROM activity_seen WHERE expires_at <= '2026' ORDER BY expires_at LIMIT 10";
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, step => step.Contains("activity_seen_expires", StringComparison.Ordinal));
    }

    private static async Task<long> CountAsync(string file, string where)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM activity_seen WHERE {where}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
