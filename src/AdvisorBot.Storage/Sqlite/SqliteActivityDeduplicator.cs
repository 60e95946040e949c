using AdvisorBot.Channels.BotFramework;
using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// Activity ids seen in the last <see cref="Window"/>, in a table of the state file. Claiming an id is one INSERT that
/// only one of several concurrent deliveries can win; expired records are replaced, and pruned now and then, at most
/// <see cref="PruneBatch"/> at a time, found through the expiry index (so a prune never reads the whole table).
/// </summary>
public sealed class SqliteActivityDeduplicator : IActivityDeduplicator
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private const int PruneEvery = ActivityPruning.Every;

    public const int PruneBatch = ActivityPruning.Batch;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;
    private int _claims;

    public SqliteActivityDeduplicator(SqliteDatabase database, SqliteStateStore store, TimeProvider time)
    {
        _ = store; // checked the file and created every table at start-up
        _database = database;
        _time = time;
    }

    public Task<bool> FirstDeliveryAsync(string key, CancellationToken ct) => _database.WriteAsync(async connection =>
    {
        var now = _time.GetUtcNow();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO activity_seen (key, expires_at) VALUES ($key, $expires)
            ON CONFLICT(key) DO UPDATE SET expires_at = excluded.expires_at WHERE activity_seen.expires_at <= $now
            """;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$expires", (now + Window).ToString("O"));
        command.Parameters.AddWithValue("$now", now.ToString("O"));
        var first = await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
        if (Interlocked.Increment(ref _claims) % PruneEvery == 0)
        {
            await PruneAsync(connection, now, ct).ConfigureAwait(false);
        }

        return first;
    }, ct);

    private static async Task PruneAsync(SqliteConnection connection, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM activity_seen WHERE key IN (SELECT key FROM activity_seen WHERE expires_at <= $now ORDER BY expires_at LIMIT $batch)";
        command.Parameters.AddWithValue("$now", now.ToString("O"));
        command.Parameters.AddWithValue("$batch", PruneBatch);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
