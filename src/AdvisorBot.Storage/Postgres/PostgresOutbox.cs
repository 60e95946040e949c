using AdvisorBot.Channels.Outbox;
using Npgsql;

namespace AdvisorBot.Storage.Postgres;

/// <summary>
/// The outbox on PostgreSQL, shared by every instance. A claim is one UPDATE of the due rows it selects with
/// FOR UPDATE SKIP LOCKED: instances claiming at once each get other rows, never the same one, and the lease it sets
/// keeps the row theirs after the statement; a row whose worker died is due again when its lease ends.
/// </summary>
public sealed class PostgresOutbox : IOutbox
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    public PostgresOutbox(PostgresDatabase database, PostgresStateStore store, TimeProvider time)
    {
        _ = store; // migrated the schema at start-up
        _database = database;
        _time = time;
    }

    // A repeat finds the row and answers false ("already accepted"), which is true: the first attempt stored it.
    public Task<bool> EnqueueAsync(string id, string kind, string payload, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO outbox (id, kind, payload, created_at, due_at) VALUES (@id, @kind, @payload, @now, @now) ON CONFLICT (id) DO NOTHING", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("payload", payload);
        command.Parameters.AddWithValue("now", Now());
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }, repeatable: true, ct);

    // A repeat claims other rows; rows a lost attempt claimed are due again when their lease ends.
    public Task<IReadOnlyList<OutboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken ct) => _database.RunAsync<IReadOnlyList<OutboxItem>>(async connection =>
    {
        await using var command = new NpgsqlCommand("""
            WITH due AS (
                SELECT id FROM outbox
                WHERE done_at IS NULL AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY created_at
                LIMIT @max
                FOR UPDATE SKIP LOCKED)
            UPDATE outbox SET lease_until = @lease, attempts = outbox.attempts + 1
            FROM due WHERE outbox.id = due.id
            RETURNING outbox.id, outbox.kind, outbox.payload, outbox.attempts, outbox.created_at
            """, connection);
        command.Parameters.AddWithValue("now", Now());
        command.Parameters.AddWithValue("lease", At(lease));
        command.Parameters.AddWithValue("max", max);
        var items = new List<OutboxItem>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            items.Add(new OutboxItem(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return [.. items.OrderBy(i => i.CreatedAt)];
    }, repeatable: true, ct);

    public Task ExtendLeaseAsync(string id, TimeSpan lease, CancellationToken ct) =>
        ExecuteAsync("UPDATE outbox SET lease_until = @due WHERE id = @id AND done_at IS NULL", id, null, lease, ct);

    public Task CompleteAsync(string id, CancellationToken ct) =>
        ExecuteAsync("UPDATE outbox SET done_at = @now, lease_until = NULL, payload = '' WHERE id = @id", id, null, TimeSpan.Zero, ct);

    public Task RetryLaterAsync(string id, string error, TimeSpan delay, CancellationToken ct) =>
        ExecuteAsync("UPDATE outbox SET last_error = @error, due_at = @due, lease_until = NULL WHERE id = @id", id, error, delay, ct);

    public Task<string?> FindEffectAsync(string id, string effect, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand("SELECT result FROM outbox_effects WHERE item_id = @id AND effect = @effect", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("effect", effect);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }, repeatable: true, ct);

    public Task RecordEffectAsync(string id, string effect, string result, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand("INSERT INTO outbox_effects (item_id, effect, result) VALUES (@id, @effect, @result) ON CONFLICT DO NOTHING", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("effect", effect);
        command.Parameters.AddWithValue("result", result);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }, repeatable: true, ct);

    public Task<int> PruneAsync(TimeSpan age, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand("""
            WITH gone AS (DELETE FROM outbox WHERE done_at IS NOT NULL AND done_at < @before RETURNING id),
                 effects AS (DELETE FROM outbox_effects USING gone WHERE outbox_effects.item_id = gone.id)
            SELECT count(*)::int FROM gone
            """, connection);
        command.Parameters.AddWithValue("before", At(-age));
        return (int)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }, repeatable: true, ct);

    private Task ExecuteAsync(string sql, string id, string? error, TimeSpan delay, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("now", Now());
        command.Parameters.AddWithValue("error", (object?)error ?? DBNull.Value);
        command.Parameters.AddWithValue("due", At(delay));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }, repeatable: true, ct);

    private DateTimeOffset Now() => _time.GetUtcNow().ToUniversalTime();

    private DateTimeOffset At(TimeSpan fromNow) => (_time.GetUtcNow() + fromNow).ToUniversalTime();
}
