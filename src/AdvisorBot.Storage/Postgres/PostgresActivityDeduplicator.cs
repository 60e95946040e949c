using AdvisorBot.Channels.BotFramework;
using Npgsql;

namespace AdvisorBot.Storage.Postgres;

/// <summary>
/// Activity ids seen in the last <see cref="Window"/>, shared by every instance. Claiming an id is one INSERT that
/// only one of several concurrent deliveries can win, on whichever instances they arrive; expired records are
/// replaced, and pruned now and then. Not repeated after a failure mid-statement: a repeat would call the first
/// delivery a redelivery.
/// </summary>
public sealed class PostgresActivityDeduplicator : IActivityDeduplicator
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private const int PruneEvery = ActivityPruning.Every;

    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;
    private int _claims;

    public PostgresActivityDeduplicator(PostgresDatabase database, PostgresStateStore store, TimeProvider time)
    {
        _ = store; // migrated the schema at start-up
        _database = database;
        _time = time;
    }

    public Task<bool> FirstDeliveryAsync(string key, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        var now = _time.GetUtcNow().ToUniversalTime();
        await using var command = new NpgsqlCommand("""
            INSERT INTO activity_seen (key, expires_at) VALUES (@key, @expires)
            ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE activity_seen.expires_at <= @now
            """, connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("expires", now + Window);
        command.Parameters.AddWithValue("now", now);
        var first = await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        if (Interlocked.Increment(ref _claims) % PruneEvery == 0)
        {
            await using var prune = new NpgsqlCommand(
                "DELETE FROM activity_seen WHERE key IN (SELECT key FROM activity_seen WHERE expires_at <= @now ORDER BY expires_at LIMIT @batch)", connection);
            prune.Parameters.AddWithValue("now", now);
            prune.Parameters.AddWithValue("batch", ActivityPruning.Batch);
            await prune.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        return first;
    }, repeatable: false, ct);
}
