using System.Collections.Concurrent;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Tests.Decisions;

/// <summary>A hand-written in-memory <see cref="IStateStore"/> with the same ETag rules as the SQLite one.</summary>
public sealed class MemoryStateStore : IStateStore
{
    private readonly ConcurrentDictionary<string, StateEntry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public int Conflicts { get; private set; }

    public Task<StateEntry?> ReadAsync(string key, CancellationToken ct) =>
        Task.FromResult(_entries.TryGetValue(key, out var entry) ? entry : null);

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
                Conflicts++;
                throw new StateConflictException(key);
            }

            var next = Guid.NewGuid().ToString("N");
            _entries[key] = new StateEntry(key, json, next);
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
