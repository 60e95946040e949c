using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// Copies the write-ahead log back into the database file in the background, on a connection of its own, at most
/// once per <see cref="Interval"/> and only after something was written. SQLite would otherwise run this
/// checkpoint inside whichever COMMIT pushed the log past a thousand pages, and every write queued behind that
/// commit would wait for it (page copies and an fsync). Every connection turns SQLite's own checkpoints off
/// (<see cref="WriterPragma"/>, among <see cref="SqliteDatabase.Pragmas"/>); a checkpoint here is PASSIVE, so it
/// never waits for, or holds up, readers or the writer. A checkpoint that fails is tried again after the next write: the log still holds every committed write.
/// </summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Set on every connection: commits leave checkpoints to this class.</summary>
    public const string WriterPragma = "PRAGMA wal_autocheckpoint = 0";

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _written = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _checkpoints;
    private int _disposed;

    public SqliteCheckpointer(Func<CancellationToken, Task<SqliteConnection>> open, TimeProvider time)
    {
        _open = open;
        _time = time;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>How many checkpoints have run.</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>Called after each commit: a checkpoint is due (once the interval since the last one has passed).</summary>
    public void Written()
    {
        if (_written.CurrentCount == 0)
        {
            try
            {
                _written.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit signalled first; one checkpoint covers both.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting, as asked.
        }

        _stop.Dispose();
        _written.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            await _written.WaitAsync(_stop.Token).ConfigureAwait(false);
            await CheckpointAsync().ConfigureAwait(false);
            await Task.Delay(Interval, _time, _stop.Token).ConfigureAwait(false);
        }
    }

    private async Task CheckpointAsync()
    {
        try
        {
            await using var connection = await _open(_stop.Token).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            await command.ExecuteNonQueryAsync(_stop.Token).ConfigureAwait(false);
            Interlocked.Increment(ref _checkpoints);
        }
        catch (SqliteException)
        {
            // The file's own trouble shows on the next write, which names it; the log keeps the data meanwhile.
            Written();
        }
    }
}
