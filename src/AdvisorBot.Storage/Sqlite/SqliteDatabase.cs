using System.Runtime.CompilerServices;
using AdvisorBot.Core.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// The one SQLite file (WAL mode) behind the state, outbox and de-duplication tables. Every connection gets the same
/// pragmas (synchronous=NORMAL, a busy timeout), set once when SQLite opens it, not again each time the pool hands
/// it out. Writes from this process queue for one writer (<see cref="SqliteWriteQueue"/>), which commits the writes
/// that arrive together in one transaction, so they neither meet SQLite's lock nor pay a commit each; the busy
/// timeout still covers writers in other processes. The log is checkpointed beside the writer and finished by it
/// between batches (<see cref="SqliteCheckpointer"/>), not inside a commit, so it stays short under load. A failure that retrying cannot cure (read-only, damaged,
/// full) becomes a <see cref="StateStoreUnavailableException"/> naming the file, and is remembered for readiness.
/// </summary>
public sealed class SqliteDatabase : IDisposable, IAsyncDisposable
{
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);
    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly SqliteWriteQueue _writes;
    private readonly SqliteCheckpointer _checkpointer;
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
        _checkpointer = new SqliteCheckpointer(OpenAsync, time);
        _writes = new SqliteWriteQueue(OpenAsync, Translate, Missing, _checkpointer);
    }

    public string FilePath { get; }

    /// <summary>What every connection to the file is set to.</summary>
    public static string Pragmas => $"PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA mmap_size = {MapBytes}; {SqliteCheckpointer.WriterPragma};";

    /// <summary>How much of the file SQLite reads through a memory map rather than a read call per page.</summary>
    public const long MapBytes = 256L * 1024 * 1024;

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
        catch (SqliteException ex) when (Incurable(ex) is not null)
        {
            throw Translate(ex);
        }
    }

    /// <summary>
    /// As <see cref="RunAsync{T}"/> for work that writes: it joins this process's write queue and may share a
    /// transaction with writes that arrive with it; the task completes once its write is committed. The work must not start a transaction of its own (see <see cref="WriteAloneAsync{T}"/>).
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct) => _writes.EnqueueAsync(work, alone: false, ct);

    /// <summary>As <see cref="WriteAsync{T}"/> for work that runs its own transaction (a migration): it runs by itself.</summary>
    public Task<T> WriteAloneAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken ct) => _writes.EnqueueAsync(work, alone: true, ct);

    /// <summary>How many write transactions this process has run on the file (a batch of writes counts once).</summary>
    internal long WriteTransactions => _writes.Transactions;

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        await _writes.DisposeAsync().ConfigureAwait(false);
        await _checkpointer.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>How many checkpoints have run (beside the writer and by it).</summary>
    internal long Checkpoints => _checkpointer.Checkpoints;

    /// <summary>The log's length in pages at the last checkpoint, and how many of them it copied back.</summary>
    internal (long Log, long Copied) LastCheckpoint => _checkpointer.LastResult;

    /// <summary>
    /// Before each batch of writes: the file must still be where it was created. Opening it would otherwise create a
    /// new, empty file in its place, or a pooled connection go on writing into the one deleted or moved away.
    /// </summary>
    private StateStoreUnavailableException? Missing()
    {
        if (File.Exists(FilePath))
        {
            return null;
        }

        const string Reason = "it is gone (deleted or moved while the bot was running)";
        Volatile.Write(ref _lastFailure, new StorageFailure(Reason, SqliteCantOpen, _time.GetUtcNow()));
        return new StateStoreUnavailableException(FilePath, Reason, new FileNotFoundException(Reason, FilePath));
    }

    /// <summary>SQLite's code for a file it cannot open.</summary>
    private const int SqliteCantOpen = 14;

    /// <summary>An incurable SQLite failure as the store's own exception (remembered for readiness); anything else as it is.</summary>
    private Exception Translate(Exception ex)
    {
        if (ex is not SqliteException sqlite || Incurable(sqlite) is not { } reason)
        {
            return ex;
        }

        Volatile.Write(ref _lastFailure, new StorageFailure(reason, sqlite.SqliteErrorCode, _time.GetUtcNow()));
        return new StateStoreUnavailableException(FilePath, reason, sqlite);
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
