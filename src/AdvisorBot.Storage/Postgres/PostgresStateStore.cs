using AdvisorBot.Core.State;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AdvisorBot.Storage.Postgres;

/// <summary>
/// <see cref="IStateStore"/> on PostgreSQL. ETag checks happen inside the statement (an INSERT … ON CONFLICT DO
/// NOTHING, an upsert, or an UPDATE … WHERE etag = …), so two writers holding the same ETag cannot both win, on one
/// instance or several. A write may be repeated after a transient failure: its new ETag is chosen before the first
/// attempt, so a repeat that finds it already stored knows the first attempt committed. At start-up the schema is
/// created or migrated (<see cref="PostgresSchema"/>) and a write is tried, so a database that cannot be used stops
/// the bot with its name and the cause.
/// </summary>
public sealed class PostgresStateStore : IStateStore
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    public PostgresStateStore(PostgresDatabase database, TimeProvider time, ILogger<PostgresStateStore> logger)
    {
        _database = database;
        _time = time;
        var found = _database.RunAsync(c => PostgresSchema.MigrateAsync(c, CancellationToken.None), repeatable: true, CancellationToken.None).GetAwaiter().GetResult();
        if (found < PostgresSchema.Version)
        {
            logger.LogInformation("State database {Database}: schema migrated from version {From} to {To}", database.Description, found, PostgresSchema.Version);
        }

        ProbeWriteAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public string Description => _database.Description;

    public Task<StateEntry?> ReadAsync(string key, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand("SELECT value, etag FROM state WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false)
            ? new StateEntry(key, reader.GetString(0), reader.GetString(1))
            : null;
    }, repeatable: true, ct);

    public async Task<string> WriteAsync(string key, string json, string? etag, CancellationToken ct)
    {
        var next = Guid.NewGuid().ToString("N");
        var attempts = 0;
        var written = await _database.RunAsync(async connection =>
        {
            attempts++;
            await using var command = new NpgsqlCommand(etag switch
            {
                null => "INSERT INTO state (key, value, etag, updated_at) VALUES (@key, @value, @next, @now) ON CONFLICT (key) DO NOTHING",
                StateEntry.AnyETag => """
                    INSERT INTO state (key, value, etag, updated_at) VALUES (@key, @value, @next, @now)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at
                    """,
                _ => "UPDATE state SET value = @value, etag = @next, updated_at = @now WHERE key = @key AND etag = @etag",
            }, connection);
            command.Parameters.AddWithValue("key", key);
            command.Parameters.AddWithValue("value", json);
            command.Parameters.AddWithValue("next", next);
            command.Parameters.AddWithValue("now", _time.GetUtcNow().ToUniversalTime());
            command.Parameters.AddWithValue("etag", etag ?? string.Empty);
            if (await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1)
            {
                return true;
            }

            // Refused: unless an earlier attempt of this very write got through before its connection failed.
            return attempts > 1 && await CurrentETagAsync(connection, key, ct).ConfigureAwait(false) == next;
        }, repeatable: true, ct).ConfigureAwait(false);
        return written ? next : throw new StateConflictException(key);
    }

    public Task<bool> DeleteAsync(string key, string? etag, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand(etag is null or StateEntry.AnyETag
            ? "DELETE FROM state WHERE key = @key"
            : "DELETE FROM state WHERE key = @key AND etag = @etag", connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("etag", etag ?? string.Empty);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }, repeatable: false, ct);

    /// <summary>The readiness probe: a one-row write, which fails on a read-only, full or unreachable database.</summary>
    public Task ProbeWriteAsync(CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = new NpgsqlCommand("INSERT INTO probe (id, at) VALUES (1, @now) ON CONFLICT (id) DO UPDATE SET at = excluded.at", connection);
        command.Parameters.AddWithValue("now", _time.GetUtcNow().ToUniversalTime());
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }, repeatable: true, ct);

    private static async Task<string?> CurrentETagAsync(NpgsqlConnection connection, string key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT etag FROM state WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }
}
