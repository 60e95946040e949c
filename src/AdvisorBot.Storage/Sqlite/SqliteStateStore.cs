using AdvisorBot.Core.State;
using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// <see cref="IStateStore"/> on the SQLite file. ETag checks happen inside the UPDATE's WHERE clause, so two writers
/// holding the same ETag cannot both win. At start-up the file is checked (integrity and a write) so a damaged or
/// read-only file stops the bot with its name, instead of failing every turn later; every table of the file is
/// created or migrated then too (<see cref="SqliteSchema"/>), so nothing writes the schema later.
/// </summary>
public sealed class SqliteStateStore : IStateStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;

    public SqliteStateStore(SqliteDatabase database, TimeProvider time)
    {
        _database = database;
        _time = time;
        Initialize();
    }

    public string FilePath => _database.FilePath;

    public Task<StateEntry?> ReadAsync(string key, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value, etag FROM state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false)
            ? new StateEntry(key, reader.GetString(0), reader.GetString(1))
            : null;
    }, ct);

    public async Task<string> WriteAsync(string key, string json, string? etag, CancellationToken ct)
    {
        var next = Guid.NewGuid().ToString("N");
        var rows = await _database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = etag switch
            {
                null => "INSERT INTO state (key, value, etag, updated_at) VALUES ($key, $value, $next, $now) ON CONFLICT(key) DO NOTHING",
                StateEntry.AnyETag => """
                    INSERT INTO state (key, value, etag, updated_at) VALUES ($key, $value, $next, $now)
                    ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at
                    """,
                _ => "UPDATE state SET value = $value, etag = $next, updated_at = $now WHERE key = $key AND etag = $etag",
            };
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$value", json);
            command.Parameters.AddWithValue("$next", next);
            command.Parameters.AddWithValue("$now", _time.GetUtcNow().ToString("O"));
            command.Parameters.AddWithValue("$etag", etag ?? string.Empty);
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
        return rows == 1 ? next : throw new StateConflictException(key);
    }

    public Task<bool> DeleteAsync(string key, string? etag, CancellationToken ct) => _database.WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = etag is null or StateEntry.AnyETag
            ? "DELETE FROM state WHERE key = $key"
            : "DELETE FROM state WHERE key = $key AND etag = $etag";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$etag", etag ?? string.Empty);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }, ct);

    /// <summary>The readiness probe: a one-row write, which fails on a read-only or full file.</summary>
    public Task ProbeWriteAsync(CancellationToken ct) => _database.WriteAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO probe (id, at) VALUES (1, $now) ON CONFLICT(id) DO UPDATE SET at = excluded.at";
        command.Parameters.AddWithValue("$now", _time.GetUtcNow().ToString("O"));
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }, ct);

    /// <summary>SQLite's own consistency check of the whole file: null when it is sound, otherwise what it found.</summary>
    public Task<string?> IntegrityProblemAsync(CancellationToken ct) => _database.RunAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check(3)";
        var found = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            found.Add(reader.GetString(0));
        }

        return found is ["ok"] ? null : string.Join("; ", found);
    }, ct);

    private void Initialize()
    {
        _database.WriteAloneAsync(SqliteSchema.MigrateAsync, CancellationToken.None).GetAwaiter().GetResult();
        if (IntegrityProblemAsync(CancellationToken.None).GetAwaiter().GetResult() is { } problem)
        {
            throw new StateStoreUnavailableException(FilePath, $"it is damaged (SQLite's integrity check: {problem})",
                new SqliteException(problem, 11));
        }

        ProbeWriteAsync(CancellationToken.None).GetAwaiter().GetResult();
    }
}
