using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// This process's writes to the state file, run in order of arrival by one writer. Writes that
/// arrive while a transaction is running wait for the next one, which takes up to <see cref="MaxBatch"/> of them at
/// once: one BEGIN IMMEDIATE … COMMIT for the lot (group commit), so a busy bot pays one commit, not one per write.
/// Every caller's task completes only after the COMMIT that holds its write. If any write of a batch throws, or the
/// COMMIT fails, the batch is rolled back and each of its writes runs again by itself, so one bad write costs the
/// others nothing and reports its own error. A write that arrives alone runs as a plain statement, and one marked
/// <c>alone</c> (a migration with its own transaction) always runs by itself.
/// </summary>
internal sealed class SqliteWriteQueue : IAsyncDisposable
{
    public const int MaxBatch = 128;

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly Func<Exception, Exception> _translate;
    private readonly Func<Exception?> _missing;
    private readonly SqliteCheckpointer _checkpointer;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private SqliteConnection? _connection;
    private bool _opened;
    private long _transactions;

    /// <param name="open">Opens a connection to the file.</param>
    /// <param name="translate">What a caller sees of an error its write met.</param>
    /// <param name="missing">Checked before each batch once the file exists: why it cannot be written now (it is gone), or null.</param>
    /// <param name="checkpointer">Says when the log is due to be copied back, between batches.</param>
    public SqliteWriteQueue(Func<CancellationToken, Task<SqliteConnection>> open, Func<Exception, Exception> translate, Func<Exception?> missing, SqliteCheckpointer checkpointer)
    {
        _open = open;
        _translate = translate;
        _missing = missing;
        _checkpointer = checkpointer;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>How many transactions (batches and lone writes) have run so far.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    public Task<T> EnqueueAsync<T>(Func<SqliteConnection, Task<T>> work, bool alone, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var write = new PendingWrite<T>(work, alone, ct);
        return _queue.Writer.TryWrite(write)
            ? write.Task
            : Task.FromException<T>(new ObjectDisposedException(nameof(SqliteWriteQueue), "The state file is closed."));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        await ResetAsync().ConfigureAwait(false);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        PendingWrite? carried = null;
        while (carried is not null || await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            if (carried is not null)
            {
                batch.Add(carried);
                carried = null;
            }

            while (batch.Count < MaxBatch && !(batch is [{ Alone: true }]) && _queue.Reader.TryRead(out var next))
            {
                if (next.Alone && batch.Count > 0)
                {
                    carried = next; // runs by itself, right after this batch
                    break;
                }

                batch.Add(next);
            }

            batch.RemoveAll(write => write.CancelIfRequested());
            if (batch.Count > 0)
            {
                Interlocked.Increment(ref _transactions);
                try
                {
                    await RunBatchAsync(batch).ConfigureAwait(false);
                    _opened |= _connection is not null;
                    if (_connection is { } connection)
                    {
                        // The batch's callers already know their outcome; only writes queued since wait for this.
                        await _checkpointer.CommittedAsync(batch.Count, idle: !_queue.Reader.TryPeek(out _), connection).ConfigureAwait(false);
                    }

                    await ResetAsync().ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    // Nothing may end the writer: every write still waiting hears of the failure, and the next batch
                    // starts on a fresh connection.
                    _connection = null;
                    foreach (var write in batch)
                    {
                        write.Fail(_translate(ex));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Runs a batch on one connection. Several writes share one transaction with no savepoints between them; should
    /// one of them throw, the transaction is rolled back and each write of the batch runs again by itself, so the others are
    /// kept and the failing one reports its own error. A write runs alone, as a plain statement, when it comes alone.
    /// </summary>
    private async Task RunBatchAsync(List<PendingWrite> batch)
    {
        if (_opened && _missing() is { } gone)
        {
            foreach (var write in batch)
            {
                write.Fail(gone);
            }

            return;
        }

        if (batch is [var only])
        {
            await RunAloneAsync(only).ConfigureAwait(false);
            return;
        }

        try
        {
            var connection = await ConnectionAsync().ConfigureAwait(false);
            await ExecuteAsync(connection, "BEGIN IMMEDIATE").ConfigureAwait(false);
            var failed = false;
            foreach (var write in batch)
            {
                if (await write.RunAsync(connection).ConfigureAwait(false) is not null)
                {
                    failed = true;
                    break;
                }
            }

            if (!failed)
            {
                await ExecuteAsync(connection, "COMMIT").ConfigureAwait(false);
                foreach (var write in batch)
                {
                    write.Complete(_translate);
                }

                return;
            }

            await RollBackAsync(connection).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Opening, BEGIN or COMMIT failed (a lock held too long by another process, a full disk): whatever the
            // batch wrote is gone, so each write is tried again by itself below and reports its own outcome.
            await ResetAsync().ConfigureAwait(false);
        }

        foreach (var write in batch)
        {
            write.Reset();
            await RunAloneAsync(write).ConfigureAwait(false);
        }
    }

    private async Task RunAloneAsync(PendingWrite write)
    {
        if (write.CancelIfRequested())
        {
            return;
        }

        try
        {
            var connection = await ConnectionAsync().ConfigureAwait(false);
            if (await write.RunAsync(connection).ConfigureAwait(false) is SqliteException)
            {
                await ResetAsync().ConfigureAwait(false); // the connection may be what failed; the next write opens a new one
            }

            write.Complete(_translate);
        }
        catch (Exception ex)
        {
            await ResetAsync().ConfigureAwait(false);
            write.Fail(_translate(ex));
        }
    }

    /// <summary>
    /// The connection for one batch, from the pool and opened afresh each time, so a file made read-only, moved or
    /// damaged under the bot is met by the next write rather than hidden behind a connection opened before.
    /// </summary>
    private async Task<SqliteConnection> ConnectionAsync() => _connection ??= await _open(CancellationToken.None).ConfigureAwait(false);

    private async Task ResetAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task RollBackAsync(SqliteConnection connection)
    {
        try
        {
            await ExecuteAsync(connection, "ROLLBACK").ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // SQLite has already rolled the transaction back (it does after some errors); nothing is left to undo.
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private abstract class PendingWrite(bool alone, CancellationToken ct)
    {
        public bool Alone { get; } = alone;

        protected CancellationToken Cancellation { get; } = ct;

        /// <summary>Runs the write on the writer's connection: null, or the error it threw (kept for <see cref="Complete"/>).</summary>
        public abstract Task<Exception?> RunAsync(SqliteConnection connection);

        /// <summary>After the COMMIT: the caller gets its result, or the error its own write met.</summary>
        public abstract void Complete(Func<Exception, Exception> translate);

        public abstract void Fail(Exception failure);

        /// <summary>Forgets the outcome of a run that was rolled back, before the write runs again.</summary>
        public abstract void Reset();

        public abstract bool CancelIfRequested();
    }

    private sealed class PendingWrite<T>(Func<SqliteConnection, Task<T>> work, bool alone, CancellationToken ct) : PendingWrite(alone, ct)
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private Exception? _error;

        public Task<T> Task => _done.Task;

        public override async Task<Exception?> RunAsync(SqliteConnection connection)
        {
            try
            {
                _result = await work(connection).ConfigureAwait(false);
                return null;
            }
            catch (Exception ex)
            {
                _error = ex;
                return ex;
            }
        }

        public override void Complete(Func<Exception, Exception> translate)
        {
            if (_error is null)
            {
                _done.TrySetResult(_result!);
            }
            else if (_error is OperationCanceledException && Cancellation.IsCancellationRequested)
            {
                _done.TrySetCanceled(Cancellation);
            }
            else
            {
                _done.TrySetException(translate(_error));
            }
        }

        public override void Fail(Exception failure) => _done.TrySetException(failure);

        public override void Reset()
        {
            _result = default;
            _error = null;
        }

        public override bool CancelIfRequested() => Cancellation.IsCancellationRequested && _done.TrySetCanceled(Cancellation);
    }
}
