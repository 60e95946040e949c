using System.Globalization;
using System.Text.Json;
using AdvisorBot.Core.Summaries;
using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// The state file's tables, created and migrated at start-up. The file's <c>user_version</c> says which migrations
/// it has; each runs once, in a write transaction (BEGIN IMMEDIATE), so two processes opening the file at once apply
/// it once. Files from before versioning (version 0 with the tables present) pass through version 1 unchanged.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 3;

    public static async Task<int> MigrateAsync(SqliteConnection connection)
    {
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL").ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var version = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version").ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (version < 1)
        {
            await CreateTablesAsync(connection).ConfigureAwait(false);
        }

        if (version < 2)
        {
            await CreateAppendLogAsync(connection).ConfigureAwait(false);
        }

        if (version < 3)
        {
            // Version 3: expired de-duplication records are found by their expiry, not by reading the whole table.
            await ExecuteAsync(connection, "CREATE INDEX IF NOT EXISTS activity_seen_expires ON activity_seen (expires_at)").ConfigureAwait(false);
        }

        if (version < Version)
        {
            await ExecuteAsync(connection, $"PRAGMA user_version = {Version}").ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return version;
    }

    /// <summary>Version 1: state, the readiness probe, the outbox, activity de-duplication, Direct Line.</summary>
    private static async Task CreateTablesAsync(SqliteConnection connection)
    {
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS state (
                key TEXT NOT NULL PRIMARY KEY,
                value TEXT NOT NULL,
                etag TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS probe (id INTEGER NOT NULL PRIMARY KEY, at TEXT NOT NULL);
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
            CREATE TABLE IF NOT EXISTS outbox_effects (
                item_id TEXT NOT NULL,
                effect TEXT NOT NULL,
                result TEXT NOT NULL,
                PRIMARY KEY (item_id, effect)
            ) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS activity_seen (key TEXT NOT NULL PRIMARY KEY, expires_at TEXT NOT NULL) WITHOUT ROWID;
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
            """).ConfigureAwait(false);
        if (Convert.ToInt32(await ScalarAsync(connection, "SELECT count(*) FROM pragma_table_info('outbox') WHERE name = 'lease_until'").ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
        {
            // Files from before leases: add the column (a NULL lease is no lease).
            await ExecuteAsync(connection, "ALTER TABLE outbox ADD COLUMN lease_until TEXT; DROP INDEX IF EXISTS outbox_due;").ConfigureAwait(false);
        }

        await ExecuteAsync(connection, "CREATE INDEX IF NOT EXISTS outbox_due ON outbox (done_at, due_at)").ConfigureAwait(false);
    }

    /// <summary>
    /// Version 2: append-only lists (the conversation logs). Logs kept before as one state document each are moved
    /// into the list, entry by entry, oldest first.
    /// </summary>
    private static async Task CreateAppendLogAsync(SqliteConnection connection)
    {
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS append_log (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                list_key TEXT NOT NULL,
                kind TEXT NOT NULL,
                entry_id TEXT,
                json TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS append_log_list ON append_log (list_key, kind, seq);
            CREATE UNIQUE INDEX IF NOT EXISTS append_log_entry ON append_log (list_key, kind, entry_id) WHERE entry_id IS NOT NULL;
            """).ConfigureAwait(false);

        var documents = new List<(string Key, string Json)>();
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT key, value FROM state WHERE key >= $prefix AND key < $end";
            select.Parameters.AddWithValue("$prefix", ConversationLog.KeyPrefix);
            select.Parameters.AddWithValue("$end", ConversationLog.KeyPrefix[..^1] + (char)(ConversationLog.KeyPrefix[^1] + 1));
            await using var reader = await select.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                documents.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (key, json) in documents)
        {
            using var document = JsonDocument.Parse(json);
            foreach (var (property, kind) in new[] { ("decisions", ConversationLog.DecisionKind), ("questions", ConversationLog.QuestionKind) })
            {
                if (!document.RootElement.TryGetProperty(property, out var entries) || entries.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var entry in entries.EnumerateArray())
                {
                    await using var insert = connection.CreateCommand();
                    insert.CommandText = "INSERT OR IGNORE INTO append_log (list_key, kind, entry_id, json) VALUES ($key, $kind, $id, $json)";
                    insert.Parameters.AddWithValue("$key", key);
                    insert.Parameters.AddWithValue("$kind", kind);
                    insert.Parameters.AddWithValue("$id", kind == ConversationLog.DecisionKind && entry.TryGetProperty("sessionId", out var id) ? id.GetString() : (object)DBNull.Value);
                    insert.Parameters.AddWithValue("$json", entry.GetRawText());
                    await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
                }
            }

            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM state WHERE key = $key";
            delete.Parameters.AddWithValue("$key", key);
            await delete.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync().ConfigureAwait(false);
    }
}
