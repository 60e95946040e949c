namespace AdvisorBot.Storage.Tests.Contracts;

/// <summary>
/// The base of every store contract: a backend of the provider under test, a clock the test moves, and
/// <see cref="Open"/> for another instance (or a restarted process) on the same data.
/// </summary>
public abstract class StoreContract(IStoreBackend backend) : IDisposable
{
    protected static CancellationToken Ct => CancellationToken.None;

    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    protected IStoreBackend Backend { get; } = backend;

    protected StoreSet Open() => Backend.Open(Clock);

    public void Dispose()
    {
        Backend.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    private long _ticks = now.UtcTicks;

    public DateTimeOffset Now
    {
        get => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _ticks, value.UtcTicks);
    }

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => Now;
}
