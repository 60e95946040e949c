using AdvisorBot.Core.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// <see cref="IStateStore"/> on one SQLite file in write-ahead-log mode. ETag checks happen inside the
/// UPDATE's WHERE clause, so two writers holding the same ETag cannot both win.
/// </summary>
public sealed class SqliteStateStore : IStateStore
{
    private readonly string _connectionString;

    public SqliteStateStore(IOptions<StateOptions> options)
    {
        var folder = Path.GetFullPath(options.Value.DataPath);
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, options.Value.SqliteFileName);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Initialize();
    }

    public string FilePath { get; }

    internal string ConnectionString => _connectionString;

    public async Task<StateEntry?> ReadAsync(string key, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value, etag FROM state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        return await reader.ReadAsync(ct).ConfigureAwait(false)
            ? new StateEntry(key, reader.GetString(0), reader.GetString(1))
            : null;
    }

    public async Task<string> WriteAsync(string key, string json, string? etag, CancellationToken ct)
    {
        var next = Guid.NewGuid().ToString("N");
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
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
        command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O"));
        command.Parameters.AddWithValue("$etag", etag ?? string.Empty);
        var rows = await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return rows == 1 ? next : throw new StateConflictException(key);
    }

    public async Task<bool> DeleteAsync(string key, string? etag, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = etag is null or StateEntry.AnyETag
            ? "DELETE FROM state WHERE key = $key"
            : "DELETE FROM state WHERE key = $key AND etag = $etag";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$etag", etag ?? string.Empty);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1;
    }

    /// <summary>Whether the file opens and the table answers: the readiness check.</summary>
    public async Task<bool> PingAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM state WHERE key = ''";
        await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return true;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        return connection;
    }

    private void Initialize()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS state (
                key TEXT NOT NULL PRIMARY KEY,
                value TEXT NOT NULL,
                etag TEXT NOT NULL,
                updated_at TEXT NOT NULL
            ) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
    }
}
