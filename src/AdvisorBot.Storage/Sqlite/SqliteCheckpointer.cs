using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// When the write-ahead log is copied back into the database file, and by whom. SQLite's own checkpoints are off on
/// every connection (<see cref="WriterPragma"/>): they would run inside whichever COMMIT pushed the log past a
/// thousand pages, with every write queued behind it waiting. A checkpoint must also let the log start again from
/// its beginning, or the file grows with everything written (a gigabyte a minute under load): that happens only
/// when a write begins with the whole log copied back, which a checkpoint beside a busy writer never achieves.
/// So it runs in two steps. Every <see cref="EveryWrites"/> writes PASSIVE checkpoints run on a connection of their
/// own, beside the writer: they do the bulk (the page copies and both fsyncs) while writes go on, pass after pass
/// until a pass finds little new to copy. Then the writer
/// (<see cref="SqliteWriteQueue"/>), between two batches and after its callers have been told of their commit, runs
/// a RESTART checkpoint for the little written meanwhile, waiting at most <see cref="ReaderWait"/> for readers on
/// an older snapshot, and its next write starts the log again. A writer with nothing queued once
/// <see cref="Interval"/> has passed does both steps itself, since nobody waits on it. A checkpoint that could not
/// finish is tried again later; the log keeps every commit meanwhile. The file is cut back to
/// <see cref="SizeLimitBytes"/> when the log starts again after a burst.
/// </summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    /// <summary>
    /// Writes between checkpoints. The writer's step pauses every write queued meanwhile (about as many as there are
    /// callers at once); so that fewer than 1 % of writes meet a pause with 32 callers at once, it runs at most once
    /// per 3,200 writes. Between steps the log holds these writes' pages, some 60 MB.
    /// </summary>
    public const int EveryWrites = 4096;

    /// <summary>How many passes the bulk step makes at most, each copying what the writer added during the one before.</summary>
    public const int MaxBulkPasses = 6;

    /// <summary>A pass that copied no more pages than this leaves the writer's step little to copy.</summary>
    public const int CloseEnoughFrames = 256;

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>How long the writer's checkpoint waits for a reader on an older snapshot before leaving the rest for next time.</summary>
    public static readonly TimeSpan ReaderWait = TimeSpan.FromMilliseconds(50);

    /// <summary>What the log file is cut back to when it starts again after a burst.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    /// <summary>Set on every connection: commits leave checkpoints to this class.</summary>
    public static string WriterPragma => $"PRAGMA wal_autocheckpoint = 0; PRAGMA journal_size_limit = {SizeLimitBytes.ToString(CultureInfo.InvariantCulture)}";

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly TimeProvider _time;
    private long _written;
    private bool _pending;
    private long _last;
    private Task? _bulk;
    private long _checkpoints;

    public SqliteCheckpointer(Func<CancellationToken, Task<SqliteConnection>> open, TimeProvider time)
    {
        _open = open;
        _time = time;
        _last = time.GetTimestamp();
    }

    /// <summary>How many checkpoints have run (either step).</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>The log's length in pages at the writer's last checkpoint, and how many of them it copied.</summary>
    public (long Log, long Copied) LastResult { get; private set; }

    /// <summary>
    /// Told by the writer after each batch, on its connection: starts the bulk step when enough has been written,
    /// runs the finishing step once the bulk step is done (or at once when the writer is idle).
    /// </summary>
    public async Task CommittedAsync(int writes, bool idle, SqliteConnection connection)
    {
        _written += writes;
        _pending |= writes > 0;
        if (!_pending)
        {
            return;
        }

        if (_bulk is { IsCompleted: false })
        {
            return; // the bulk step is still copying; the writer finishes after it
        }

        if (_bulk is not null || (idle && _time.GetElapsedTime(_last) >= Interval))
        {
            _bulk = null;
            await FinishAsync(connection).ConfigureAwait(false);
        }
        else if (_written >= EveryWrites)
        {
            _bulk = BulkAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_bulk is { } bulk)
        {
            await bulk.ConfigureAwait(false);
        }
    }

    private async Task BulkAsync()
    {
        await Task.Yield(); // off the writer's path
        try
        {
            await using var connection = await _open(CancellationToken.None).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            long before = 0;
            for (var pass = 0; pass < MaxBulkPasses; pass++)
            {
                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                var copied = await reader.ReadAsync().ConfigureAwait(false) ? reader.GetInt64(2) : 0;

                // A pass copies what the writer added during the pass before: once that is little, so is what the
                // writer's own step will find left, and the writer's pause with it.
                if (copied - before <= CloseEnoughFrames || copied < before)
                {
                    break;
                }

                before = copied;
            }

            Interlocked.Increment(ref _checkpoints);
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException or IOException)
        {
            // The writer's step copies what this one did not; the file's own trouble shows on the next write.
        }
    }

    private async Task FinishAsync(SqliteConnection connection)
    {
        _written = 0;
        _last = _time.GetTimestamp();
        try
        {
            await SetBusyTimeoutAsync(connection, ReaderWait).ConfigureAwait(false);
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(RESTART)";
                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                if (await reader.ReadAsync().ConfigureAwait(false))
                {
                    var (busy, log, copied) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
                    LastResult = (log, copied);
                    _pending = busy != 0 || copied < log;
                }
            }
            finally
            {
                // The connection goes back to the pool with the wait every connection has.
                await SetBusyTimeoutAsync(connection, SqliteDatabase.BusyTimeout).ConfigureAwait(false);
            }

            Interlocked.Increment(ref _checkpoints);
        }
        catch (SqliteException)
        {
            // The file's own trouble shows on the next write, which names it; the log keeps the data meanwhile. The
            // connection may have kept the short wait, so it is not handed out again.
            _pending = true;
            SqliteConnection.ClearPool(connection);
        }
    }

    private static async Task SetBusyTimeoutAsync(SqliteConnection connection, TimeSpan wait)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {(int)wait.TotalMilliseconds}";
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
