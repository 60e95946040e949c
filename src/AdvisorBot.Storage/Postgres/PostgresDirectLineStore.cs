using AdvisorBot.Channels.DirectLine;
using Npgsql;

namespace AdvisorBot.Storage.Postgres;

/// <summary>
/// Direct Line conversations and activities on PostgreSQL. Watermarks count per conversation: an append takes the
/// conversation's row lock while it raises <c>last_watermark</c> and inserts the activity, in one statement, so
/// appends to one conversation commit in watermark order on every instance and a reader who has seen watermark W has
/// seen everything below it. (A sequence would not do: a later number can commit first.)
/// </summary>
public sealed class PostgresDirectLineStore : IDirectLineStore
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    public PostgresDirectLineStore(PostgresDatabase database, PostgresStateStore store, TimeProvider time)
    {
        _ = store; // migrated the schema at start-up
        _database = database;
        _time = time;
    }

    public Task<bool> StartAsync(string conversationId, string userId, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO directline_conversations (id, user_id, created_at, touched_at) VALUES (@id, @user, @now, @now) ON CONFLICT (id) DO NOTHING", connection);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("now", Now());
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }, repeatable: false, ct);

    public Task<bool> ExistsAsync(string conversationId, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM directline_conversations WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", conversationId);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null;
    }, repeatable: true, ct);

    public Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand("""
            WITH conversation AS (
                INSERT INTO directline_conversations (id, user_id, created_at, touched_at, last_watermark) VALUES (@id, '', @now, @now, 1)
                ON CONFLICT (id) DO UPDATE SET touched_at = excluded.touched_at, last_watermark = directline_conversations.last_watermark + 1
                RETURNING last_watermark)
            INSERT INTO directline_activities (conversation_id, watermark, json)
            SELECT @id, last_watermark, @json FROM conversation
            RETURNING watermark
            """, connection);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("json", activityJson);
        command.Parameters.AddWithValue("now", Now());
        return (long)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }, repeatable: false, ct);

    public Task<IReadOnlyList<StoredActivity>> ReadAsync(string conversationId, long after, int max, CancellationToken ct) => _database.RunAsync<IReadOnlyList<StoredActivity>>(async connection =>
    {
        await using var command = new NpgsqlCommand(
            "SELECT watermark, json FROM directline_activities WHERE conversation_id = @id AND watermark > @after ORDER BY watermark LIMIT @max", connection);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("max", max);
        var activities = new List<StoredActivity>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            activities.Add(new StoredActivity(reader.GetInt64(0), reader.GetString(1)));
        }

        return activities;
    }, repeatable: true, ct);

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand("""
            WITH gone AS (DELETE FROM directline_conversations WHERE touched_at < @before RETURNING id),
                 activities AS (DELETE FROM directline_activities USING gone WHERE directline_activities.conversation_id = gone.id RETURNING 1)
            SELECT ((SELECT count(*) FROM gone) + (SELECT count(*) FROM activities))::int
            """, connection);
        command.Parameters.AddWithValue("before", before.ToUniversalTime());
        return (int)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }, repeatable: true, ct);

    private DateTimeOffset Now() => _time.GetUtcNow().ToUniversalTime();
}
