using AdvisorBot.Core.Outbox;
using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>The outbox as a table of the state file. Accepting an item is one INSERT that a repeated id cannot repeat.</summary>
public sealed class SqliteOutbox : IOutbox
{
    private readonly SqliteStateStore _store;
    private readonly TimeProvider _time;

    public SqliteOutbox(SqliteStateStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE IF NOT EXISTS outbox (
                id TEXT NOT NULL PRIMARY KEY,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at TEXT NOT NULL,
                due_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                done_at TEXT
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS outbox_due ON outbox (done_at, due_at);
            """;
        command.ExecuteNonQuery();
    }

    public async Task<bool> EnqueueAsync(string id, string kind, string payload, CancellationToken ct)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO outbox (id, kind, payload, created_at, due_at) VALUES ($id, $kind, $payload, $now, $now) ON CONFLICT(id) DO NOTHING";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$payload", payload);
        command.Parameters.AddWithValue("$now", Now());
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<OutboxItem>> DueAsync(int max, CancellationToken ct)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, kind, payload, attempts, created_at FROM outbox WHERE done_at IS NULL AND due_at <= $now ORDER BY created_at LIMIT $max";
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$max", max);
        var items = new List<OutboxItem>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            items.Add(new OutboxItem(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return items;
    }

    public Task CompleteAsync(string id, CancellationToken ct) =>
        ExecuteAsync("UPDATE outbox SET done_at = $now, payload = '' WHERE id = $id", id, null, TimeSpan.Zero, ct);

    public Task RetryLaterAsync(string id, string error, TimeSpan delay, CancellationToken ct) =>
        ExecuteAsync("UPDATE outbox SET attempts = attempts + 1, last_error = $error, due_at = $due WHERE id = $id", id, error, delay, ct);

    private async Task ExecuteAsync(string sql, string id, string? error, TimeSpan delay, CancellationToken ct)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$now", Now());
        command.Parameters.AddWithValue("$error", (object?)error ?? DBNull.Value);
        command.Parameters.AddWithValue("$due", (_time.GetUtcNow() + delay).ToString("O"));
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private string Now() => _time.GetUtcNow().ToString("O");

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_store.ConnectionString);
        connection.Open();
        return connection;
    }
}
