using System.Text.Json;

namespace AdvisorBot.Core.State;

public static class StateStoreExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Value, string? ETag)> ReadAsync<T>(this IStateStore store, string key, CancellationToken ct) =>
        Parse<T>(await store.ReadAsync(key, ct).ConfigureAwait(false));

    /// <summary>The value and ETag of an entry read with <see cref="IStateStore.ReadAsync"/> (nothing for none).</summary>
    public static (T? Value, string? ETag) Parse<T>(StateEntry? entry) =>
        entry is null ? (default, null) : (JsonSerializer.Deserialize<T>(entry.Json, Json), entry.ETag);

    /// <summary>
    /// Stores <paramref name="value"/> whatever is there: one write, no read. For values that replace the old one
    /// outright (an address, the last answer, a finished session's copy).
    /// </summary>
    public static Task<string> PutAsync<T>(this IStateStore store, string key, T value, CancellationToken ct) =>
        store.WriteAsync(key, JsonSerializer.Serialize(value, Json), StateEntry.AnyETag, ct);

    /// <summary>Stores <paramref name="value"/> under a key that must not exist yet (a new record): one write.</summary>
    public static Task<string> CreateAsync<T>(this IStateStore store, string key, T value, CancellationToken ct) =>
        store.WriteAsync(key, JsonSerializer.Serialize(value, Json), null, ct);

    /// <summary>
    /// Read, change, write, retrying from a fresh read when another writer got there first.
    /// <paramref name="change"/> may run more than once and must only depend on the value it is given.
    /// </summary>
    public static Task<T> UpdateAsync<T>(
        this IStateStore store, string key, Func<T?, T> change, CancellationToken ct, int maxAttempts = 8) =>
        UpdateFromAsync(store, key, null, change, maxAttempts, ct);

    /// <summary>
    /// As <see cref="UpdateAsync{T}(IStateStore, string, Func{T, T}, CancellationToken, int)"/>, starting from what the
    /// caller has just read of the key (<paramref name="read"/>, null when the key was missing): the first attempt is
    /// then one conditional write, with no second read. <paramref name="change"/> gets its own copy of the value, as on
    /// every attempt. A conflict (someone wrote since) retries from a fresh read, as always.
    /// </summary>
    public static Task<T> UpdateAsync<T>(
        this IStateStore store, string key, StateEntry? read, Func<T?, T> change, CancellationToken ct, int maxAttempts = 8) =>
        UpdateFromAsync(store, key, new Known(read), change, maxAttempts, ct);

    private static async Task<T> UpdateFromAsync<T>(
        IStateStore store, string key, Known? known, Func<T?, T> change, int maxAttempts, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (current, etag) = attempt == 1 && known is not null ? Parse<T>(known.Entry) : await store.ReadAsync<T>(key, ct).ConfigureAwait(false);
            var next = change(current);
            try
            {
                await store.WriteAsync(key, JsonSerializer.Serialize(next, Json), etag, ct).ConfigureAwait(false);
                return next;
            }
            catch (StateConflictException) when (attempt < maxAttempts)
            {
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>What the caller read before the update (an entry, or that there was none).</summary>
    private sealed record Known(StateEntry? Entry);
}
