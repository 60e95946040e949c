using AdvisorBot.Channels.DirectLine;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// Direct Line conversations and activities as two tables of the state file. The watermark is the row's
/// AUTOINCREMENT key: SQLite serialises writers, so a larger watermark is always committed after a smaller one.
/// </summary>
public sealed class SqliteDirectLineStore : IDirectLineStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteDirectLineStore(SqliteDatabase database, SqliteStateStore store, TimeProvider time)
    {
        _ = store; // opened (and checked) the state file and created every table first
        _database = database;
        _time = time;
    }

    public async Task<bool> StartAsync(string conversationId, string userId, CancellationToken ct) =>
        await ExecuteAsync(
            "INSERT INTO directline_conversations (id, user_id, created_at, touched_at) VALUES ($id, $user, $now, $now) ON CONFLICT(id) DO NOTHING",
            conversationId, userId, ct).ConfigureAwait(false) == 1;

    public Task<bool> ExistsAsync(string conversationId, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM directline_conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null;
    }, ct);

    public Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken ct) => _database.WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE directline_conversations SET touched_at = $now WHERE id = $id;
            INSERT INTO directline_activities (conversation_id, json) VALUES ($id, $json) RETURNING watermark;
            """;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$json", activityJson);
        command.Parameters.AddWithValue("$now", Now());
        return (long)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }, ct);

    public Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long after, int max, CancellationToken ct) => _database.RunAsync<IReadOnlyList<StoredActivity>>(async connection =>
    {
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
    }, ct);

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct) => _database.WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM directline_activities WHERE conversation_id IN (SELECT id FROM directline_conversations WHERE touched_at < $before);
            DELETE FROM directline_conversations WHERE touched_at < $before;
            """;
        command.Parameters.AddWithValue("$before", before.ToUniversalTime().ToString("O"));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }, ct);

    private Task<int> ExecuteAsync(string sql, string id, string user, CancellationToken ct) => _database.WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$user", user);
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }, ct);

    private string Now() => _time.GetUtcNow().ToUniversalTime().ToString("O");
}
