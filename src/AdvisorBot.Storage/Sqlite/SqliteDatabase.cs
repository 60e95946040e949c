using AdvisorBot.Core.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// The one SQLite file (WAL mode) behind the state, outbox and de-duplication tables. Every connection gets the same
/// pragmas (synchronous=NORMAL, a busy timeout); a failure that retrying cannot cure (read-only, damaged, full)
/// becomes a <see cref="StateStoreUnavailableException"/> naming the file, and is remembered for readiness.
/// </summary>
public sealed class SqliteDatabase
{
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);
    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private StorageFailure? _lastFailure;

    public SqliteDatabase(IOptions<StateOptions> options, TimeProvider time)
    {
        _time = time;
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
    }

    public string FilePath { get; }

    /// <summary>The last failure that retrying cannot cure, if any since start-up.</summary>
    public StorageFailure? LastFailure => Volatile.Read(ref _lastFailure);

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};";
            await pragmas.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> on a fresh connection, turning incurable SQLite failures into <see cref="StateStoreUnavailableException"/>.</summary>
    public async Task<T> RunAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct)
    {
        try
        {
            await using var connection = await OpenAsync(ct).ConfigureAwait(false);
            return await work(connection).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (Incurable(ex) is { } reason)
        {
            Volatile.Write(ref _lastFailure, new StorageFailure(reason, ex.SqliteErrorCode, _time.GetUtcNow()));
            throw new StateStoreUnavailableException(FilePath, reason, ex);
        }
    }

    /// <summary>What an SQLite error means for the file, when it is one that waiting will not fix.</summary>
    public static string? Incurable(SqliteException ex) => ex.SqliteErrorCode switch
    {
        3 or 8 => $"it is read-only (SQLite error {ex.SqliteErrorCode}: {ex.Message.TrimEnd('.')})",
        11 => $"it is damaged (SQLite error 11: {ex.Message.TrimEnd('.')})",
        26 => $"it is not a database (SQLite error 26: {ex.Message.TrimEnd('.')})",
        13 => "the disk is full (SQLite error 13)",
        10 or 14 => $"it cannot be read or written (SQLite error {ex.SqliteErrorCode}: {ex.Message.TrimEnd('.')})",
        _ => null,
    };
}

/// <summary>A storage failure that retrying cannot cure: what it is, SQLite's code, when it last happened.</summary>
public sealed record StorageFailure(string Reason, int SqliteErrorCode, DateTimeOffset At)
{
    public bool IsDamage => SqliteErrorCode is 11 or 26;
}
