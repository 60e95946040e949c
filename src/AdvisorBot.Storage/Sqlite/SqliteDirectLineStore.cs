using AdvisorBot.Channels.DirectLine;
using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// Direct Line conversations and activities as two tables of the state file. The watermark is the row's
/// AUTOINCREMENT key: SQLite serialises writers, so a larger watermark is always committed after a smaller one.
/// </summary>
public sealed class SqliteDirectLineStore : IDirectLineStore
{
    private readonly SqliteDatabase _store;
    private readonly TimeProvider _time;

    public SqliteDirectLineStore(SqliteDatabase database, SqliteStateStore store, TimeProvider time)
    {
        _ = store; // opened (and checked) the state file first
        _store = database;
        _time = time;
        database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS directline_conversations (
                id TEXT NOT NULL PRIMARY KEY,
                user_id TEXT NOT NULL,
                created_at TEXT NOT NULL,
                touched_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS directline_activities (
                watermark INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation_id TEXT NOT NULL,
                json TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS directline_activities_conversation ON directline_activities (conversation_id, watermark);
            CREATE INDEX IF NOT EXISTS directline_conversations_touched ON directline_conversations (touched_at);
            """);
    }

    public async Task<bool> StartAsync(string conversationId, string userId, CancellationToken ct) =>
        await ExecuteAsync(
            "INSERT INTO directline_conversations (id, user_id, created_at, touched_at) VALUES ($id, $user, $now, $now) ON CONFLICT(id) DO NOTHING",
            conversationId, userId, ct).ConfigureAwait(false) == 1;

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken ct)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM directline_conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null;
    }

    public async Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken ct)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE directline_conversations SET touched_at = $now WHERE id = $id;
            INSERT INTO directline_activities (conversation_id, json) VALUES ($id, $json) RETURNING watermark;
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$json", activityJson);
        command.Parameters.AddWithValue("$now", Now());
        return (long)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    public async Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long after, int max, CancellationToken ct)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT watermark, json FROM directline_activities WHERE conversation_id = $id AND watermark > $after ORDER BY watermark LIMIT $max";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$max", max);
        var activities = new List<StoredActivity>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            activities.Add(new StoredActivity(reader.GetInt64(0), reader.GetString(1)));
        }

        return activities;
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM directline_activities WHERE conversation_id IN (SELECT id FROM directline_conversations WHERE touched_at < $before);
            DELETE FROM directline_conversations WHERE touched_at < $before;
            """;
        command.Parameters.AddWithValue("$before", before.ToUniversalTime().ToString("O"));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private async Task<int> ExecuteAsync(string sql, string id, string user, CancellationToken ct)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$user", user);
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private string Now() => _time.GetUtcNow().ToUniversalTime().ToString("O");

    private SqliteConnection Open() => _store.Open();
}
