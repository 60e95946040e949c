using System.Runtime.CompilerServices;
using AdvisorBot.Core.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// The one SQLite file (WAL mode) behind the state, outbox and de-duplication tables. Every connection gets the same
/// pragmas (synchronous=NORMAL, a busy timeout), set once when SQLite opens it, not again each time the pool hands
/// it out. Writes from this process take turns at a gate, so they queue here in order instead of meeting SQLite's
/// lock and sleeping in its busy handler; the busy timeout still covers writers in other processes. A failure that
/// retrying cannot cure (read-only, damaged, full) becomes a <see cref="StateStoreUnavailableException"/> naming the
/// file, and is remembered for readiness.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);
    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConditionalWeakTable<object, object> _configured = [];
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

    /// <summary>What every connection to the file is set to.</summary>
    public static string Pragmas => $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};";

    /// <summary>The last failure that retrying cannot cure, if any since start-up.</summary>
    public StorageFailure? LastFailure => Volatile.Read(ref _lastFailure);

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            if (connection.Handle is { } handle && !_configured.TryGetValue(handle, out _))
            {
                // A connection SQLite has just opened (a pooled one keeps its pragmas).
                await using var pragmas = connection.CreateCommand();
                pragmas.CommandText = Pragmas;
                await pragmas.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                _configured.AddOrUpdate(handle, this);
            }

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

    /// <summary>As <see cref="RunAsync{T}"/> for work that writes: this process's writers take turns at the gate.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct)
    {
        await _writeGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await RunAsync(work, ct).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose() => _writeGate.Dispose();

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
