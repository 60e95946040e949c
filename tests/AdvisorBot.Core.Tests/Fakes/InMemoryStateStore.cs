using System.Collections.Concurrent;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Tests.Fakes;

/// <summary>
/// A hand-written in-memory <see cref="IStateStore"/> with the same ETag rules as the SQLite one: a null ETag
/// only creates, "*" always writes, any other ETag must match the stored one. Counts what it was asked to do
/// (reads, writes, refused writes): the round trips a real store would make.
/// </summary>
public sealed class InMemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<string, StateEntry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _reads;
    private int _writes;
    private int _conflicts;

    /// <summary>Reads asked for, found or not.</summary>
    public int Reads => Volatile.Read(ref _reads);

    /// <summary>Successful writes.</summary>
    public int Writes => Volatile.Read(ref _writes);

    /// <summary>Writes refused with <see cref="StateConflictException"/>.</summary>
    public int Conflicts => Volatile.Read(ref _conflicts);

    public IReadOnlyCollection<string> Keys => [.. _entries.Keys];

    public Task<StateEntry?> ReadAsync(string key, CancellationToken ct)
    {
        Interlocked.Increment(ref _reads);
        return Task.FromResult(_entries.TryGetValue(key, out var entry) ? entry : null);
    }

    public Task<string> WriteAsync(string key, string json, string? etag, CancellationToken ct)
    {
        lock (_gate)
        {
            var exists = _entries.TryGetValue(key, out var current);
            var allowed = etag switch
            {
                StateEntry.AnyETag => true,
                null => !exists,
                _ => exists && current!.ETag == etag,
            };
            if (!allowed)
            {
                Interlocked.Increment(ref _conflicts);
                throw new StateConflictException(key);
            }

            var next = Guid.NewGuid().ToString("N");
            _entries[key] = new StateEntry(key, json, next);
            Interlocked.Increment(ref _writes);
            return Task.FromResult(next);
        }
    }

    public Task<bool> DeleteAsync(string key, string? etag, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(_entries.TryGetValue(key, out var current)
                && (etag is null or StateEntry.AnyETag || current.ETag == etag)
                && _entries.TryRemove(key, out _));
        }
    }
}
