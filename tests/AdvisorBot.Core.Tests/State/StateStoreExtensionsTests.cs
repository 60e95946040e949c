using AdvisorBot.Core.State;
using AdvisorBot.Core.Tests.Fakes;

namespace AdvisorBot.Core.Tests.State;

public sealed class StateStoreExtensionsTests
{
    private readonly CancellationToken _ct = CancellationToken.None;
    private readonly InMemoryStateStore _store = new();

    private sealed record Counter(int Count, string Label);

    [Fact]
    public async Task ReadAsync_MissingKey_ReturnsDefaultAndNoETag()
    {
        var (value, etag) = await _store.ReadAsync<Counter>("missing", _ct);

        Assert.Null(value);
        Assert.Null(etag);
    }

    [Fact]
    public async Task ReadAsync_StoredJson_ReturnsTheValueAndItsETag()
    {
        var written = await _store.WriteAsync("k", """{"count":3,"label":"x"}""", null, _ct);

        var (value, etag) = await _store.ReadAsync<Counter>("k", _ct);

        Assert.Equal(new Counter(3, "x"), value);
        Assert.Equal(written, etag);
    }

    [Fact]
    public async Task UpdateAsync_MissingKey_CreatesIt()
    {
        var result = await _store.UpdateAsync<Counter>("k", c => new Counter((c?.Count ?? 0) + 1, "new"), _ct);

        Assert.Equal(new Counter(1, "new"), result);
        Assert.Equal("""{"count":1,"label":"new"}""", (await _store.ReadAsync("k", _ct))!.Json);
    }

    [Fact]
    public async Task UpdateAsync_AfterAConflict_RetriesFromAFreshRead_AndKeepsBothChanges()
    {
        await _store.WriteAsync("n", "10", null, _ct);
        var store = new InterferingStore(_store, rivalAdds: 100);
        var seen = new List<int>();

        var result = await store.UpdateAsync<int>("n", n =>
        {
            seen.Add(n);
            return n + 1;
        }, _ct);

        Assert.Equal([10, 110], seen);
        Assert.Equal(111, result);
        Assert.Equal(111, (await _store.ReadAsync<int>("n", _ct)).Value);
        Assert.Equal(1, _store.Conflicts);
    }

    [Fact]
    public async Task UpdateAsync_CreateRace_RetriesAsAnUpdate()
    {
        var store = new InterferingStore(_store, rivalAdds: 5);

        var result = await store.UpdateAsync<int>("fresh", n => n + 1, _ct);

        Assert.Equal(6, result);
        Assert.Equal(1, _store.Conflicts);
    }

    [Fact]
    public async Task UpdateAsync_TwentyParallelIncrements_AllApplied()
    {
        const int Writers = 20;
        var store = new GatedStore(_store, firstReads: Writers);

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(() => store.UpdateAsync<int>("counter", n => n + 1, _ct, maxAttempts: 100))));

        Assert.Equal(Writers, (await _store.ReadAsync<int>("counter", _ct)).Value);
        Assert.True(_store.Conflicts >= Writers - 1, $"only {_store.Conflicts} conflicts: the writers did not race");
    }

    [Fact]
    public async Task UpdateAsync_ConflictOnEveryAttempt_GivesUpAfterMaxAttempts()
    {
        var store = new AlwaysConflictingStore();

        var ex = await Assert.ThrowsAsync<StateConflictException>(() => store.UpdateAsync<int>("k", n => n + 1, _ct, maxAttempts: 3));

        Assert.Equal("k", ex.Key);
        Assert.Equal(3, store.WriteAttempts);
    }

    /// <summary>Before the first write, a rival adds to the value: the caller's write then holds a stale ETag.</summary>
    private sealed class InterferingStore(InMemoryStateStore inner, int rivalAdds) : IStateStore
    {
        private bool _interfered;

        public Task<StateEntry?> ReadAsync(string key, CancellationToken ct) => inner.ReadAsync(key, ct);

        public async Task<string> WriteAsync(string key, string json, string? etag, CancellationToken ct)
        {
            if (!_interfered)
            {
                _interfered = true;
                var (value, rivalETag) = await inner.ReadAsync<int>(key, ct);
                await inner.WriteAsync(key, (value + rivalAdds).ToString(System.Globalization.CultureInfo.InvariantCulture), rivalETag, ct);
            }

            return await inner.WriteAsync(key, json, etag, ct);
        }

        public Task<bool> DeleteAsync(string key, string? etag, CancellationToken ct) => inner.DeleteAsync(key, etag, ct);
    }

    /// <summary>Holds the first <c>firstReads</c> reads until all of them have read, so those writers all hold the same ETag.</summary>
    private sealed class GatedStore(InMemoryStateStore inner, int firstReads) : IStateStore
    {
        private readonly TaskCompletionSource _allRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _reads;

        public async Task<StateEntry?> ReadAsync(string key, CancellationToken ct)
        {
            var entry = await inner.ReadAsync(key, ct);
            var read = Interlocked.Increment(ref _reads);
            if (read == firstReads)
            {
                _allRead.SetResult();
            }

            if (read <= firstReads)
            {
                await _allRead.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
            }

            return entry;
        }

        public Task<string> WriteAsync(string key, string json, string? etag, CancellationToken ct) => inner.WriteAsync(key, json, etag, ct);

        public Task<bool> DeleteAsync(string key, string? etag, CancellationToken ct) => inner.DeleteAsync(key, etag, ct);
    }

    private sealed class AlwaysConflictingStore : IStateStore
    {
        public int WriteAttempts { get; private set; }

        public Task<StateEntry?> ReadAsync(string key, CancellationToken ct) => Task.FromResult<StateEntry?>(new StateEntry(key, "1", "e1"));

        public Task<string> WriteAsync(string key, string json, string? etag, CancellationToken ct)
        {
            WriteAttempts++;
            throw new StateConflictException(key);
        }

        public Task<bool> DeleteAsync(string key, string? etag, CancellationToken ct) => Task.FromResult(false);
    }
}
