using System.Globalization;
using AdvisorBot.Channels.Outbox;
using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// The outbox as tables of the state file. Accepting an item is one INSERT that a repeated id cannot repeat; a claim
/// is one UPDATE … RETURNING that sets the lease and counts the attempt, so two workers cannot claim the same item.
/// </summary>
public sealed class SqliteOutbox : IOutbox
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteOutbox(SqliteDatabase database, SqliteStateStore store, TimeProvider time)
    {
        // The state store checked the file and created every table at start-up.
        _ = store;
        _database = database;
        _time = time;
    }

    public Task<bool> EnqueueAsync(string id, string kind, string payload, CancellationToken ct) => _database.WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO outbox (id, kind, payload, created_at, due_at) VALUES ($id, $kind, $payload, $now, $now) ON CONFLICT(id) DO NOTHING";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$payload", payload);
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }, ct);

    public Task<IReadOnlyList<OutboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken ct) => _database.WriteAsync<IReadOnlyList<OutboxItem>>(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE outbox SET lease_until = $lease, attempts = attempts + 1
            WHERE id IN (
                SELECT id FROM outbox
                WHERE done_at IS NULL AND due_at <= $now AND (lease_until IS NULL OR lease_until <= $now)
                ORDER BY created_at LIMIT $max)
            RETURNING id, kind, payload, attempts, created_at
            """;
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$lease", At(lease));
        command.Parameters.AddWithValue("$max", max);
        var items = new List<OutboxItem>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            items.Add(new OutboxItem(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
        }

        return [.. items.OrderBy(i => i.CreatedAt)];
    }, ct);

    public Task ExtendLeaseAsync(string id, TimeSpan lease, CancellationToken ct) =>
        ExecuteAsync("UPDATE outbox SET lease_until = $due WHERE id = $id AND done_at IS NULL", id, null, lease, ct);

    public Task CompleteAsync(string id, CancellationToken ct) =>
        ExecuteAsync("UPDATE outbox SET done_at = $now, lease_until = NULL, payload = '' WHERE id = $id", id, null, TimeSpan.Zero, ct);

    public Task RetryLaterAsync(string id, string error, TimeSpan delay, CancellationToken ct) =>
        ExecuteAsync("UPDATE outbox SET last_error = $error, due_at = $due, lease_until = NULL WHERE id = $id", id, error, delay, ct);

    public Task<string?> FindEffectAsync(string id, string effect, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT result FROM outbox_effects WHERE item_id = $id AND effect = $effect";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$effect", effect);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }, ct);

    public Task RecordEffectAsync(string id, string effect, string result, CancellationToken ct) => _database.WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO outbox_effects (item_id, effect, result) VALUES ($id, $effect, $result) ON CONFLICT DO NOTHING";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$effect", effect);
        command.Parameters.AddWithValue("$result", result);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }, ct);

    public Task<int> PruneAsync(TimeSpan age, CancellationToken ct) => _database.WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM outbox_effects WHERE item_id IN (SELECT id FROM outbox WHERE done_at IS NOT NULL AND done_at < $before);
            DELETE FROM outbox WHERE done_at IS NOT NULL AND done_at < $before;
            SELECT changes();
            """;
        command.Parameters.AddWithValue("$before", At(-age));
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }, ct);

    private Task ExecuteAsync(string sql, string id, string? error, TimeSpan delay, CancellationToken ct) => _database.WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
        command.Parameters.AddWithValue("$due", At(delay));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }, ct);

    private string Now() => _time.GetUtcNow().ToString("O");

    private string At(TimeSpan fromNow) => (_time.GetUtcNow() + fromNow).ToString("O");
}
