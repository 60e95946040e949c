using Npgsql;

namespace AdvisorBot.Storage.Postgres;

/// <summary>
/// The tables in the connection's schema (the first on its search_path), created and migrated at start-up. Each
/// migration runs once, recorded in <c>advisorbot_schema</c>; all of them run in one transaction holding an advisory
/// lock for the schema, so instances starting together wait for each other and then find the work done.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The advisory lock's first key ("ADVB"); the second is the schema's hash, so schemas do not wait on each other.</summary>
    private const int LockSpace = 0x41445642;

    private static readonly string[] Migrations =
    [
        // 1: state, the readiness probe, the outbox with leases, activity de-duplication, Direct Line, the append-only lists.
        """
        CREATE TABLE state (
            key text COLLATE "C" PRIMARY KEY,
            value text NOT NULL,
            etag text NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE TABLE probe (id integer PRIMARY KEY, at timestamptz NOT NULL);
        CREATE TABLE outbox (
            id text COLLATE "C" PRIMARY KEY,
            kind text NOT NULL,
            payload text NOT NULL,
            created_at timestamptz NOT NULL,
            due_at timestamptz NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            last_error text,
            done_at timestamptz,
            lease_until timestamptz
        );
        CREATE INDEX outbox_due ON outbox (due_at) WHERE done_at IS NULL;
        CREATE INDEX outbox_done ON outbox (done_at) WHERE done_at IS NOT NULL;
        CREATE TABLE outbox_effects (
            item_id text COLLATE "C" NOT NULL,
            effect text COLLATE "C" NOT NULL,
            result text NOT NULL,
            PRIMARY KEY (item_id, effect)
        );
        CREATE TABLE activity_seen (key text COLLATE "C" PRIMARY KEY, expires_at timestamptz NOT NULL);
        CREATE TABLE directline_conversations (
            id text COLLATE "C" PRIMARY KEY,
            user_id text NOT NULL,
            created_at timestamptz NOT NULL,
            touched_at timestamptz NOT NULL,
            last_watermark bigint NOT NULL DEFAULT 0
        );
        CREATE INDEX directline_conversations_touched ON directline_conversations (touched_at);
        CREATE TABLE directline_activities (
            conversation_id text COLLATE "C" NOT NULL,
            watermark bigint NOT NULL,
            json text NOT NULL,
            PRIMARY KEY (conversation_id, watermark)
        );
        CREATE TABLE append_log (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            list_key text COLLATE "C" NOT NULL,
            kind text COLLATE "C" NOT NULL,
            entry_id text COLLATE "C",
            json text NOT NULL
        );
        CREATE INDEX append_log_list ON append_log (list_key, kind, seq);
        CREATE UNIQUE INDEX append_log_entry ON append_log (list_key, kind, entry_id);
        """,

        // 2: expired de-duplication records are found by their expiry, not by reading the whole table.
        "CREATE INDEX activity_seen_expires ON activity_seen (expires_at);",
    ];

    public static int Version => Migrations.Length;

    /// <summary>Brings the schema to <see cref="Version"/>; returns the version it found.</summary>
    public static async Task<int> MigrateAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand("""
            SELECT pg_advisory_xact_lock(@space, hashtext(current_schema()));
            CREATE TABLE IF NOT EXISTS advisorbot_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("space", LockSpace);
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        int found;
        await using (var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM advisorbot_schema", connection, transaction))
        {
            found = (int)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        }

        for (var version = found + 1; version <= Migrations.Length; version++)
        {
            await using var migrate = new NpgsqlCommand(Migrations[version - 1], connection, transaction);
            await migrate.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO advisorbot_schema (version) VALUES (@version)", connection, transaction);
            record.Parameters.AddWithValue("version", version);
            await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return found;
    }
}
