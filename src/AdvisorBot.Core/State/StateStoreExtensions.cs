using System.Text.Json;

namespace AdvisorBot.Core.State;

public static class StateStoreExtensions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Value, string? ETag)> ReadAsync<T>(this IStateStore store, string key, CancellationToken ct)
    {
        var entry = await store.ReadAsync(key, ct).ConfigureAwait(false);
        return entry is null ? (default, null) : (JsonSerializer.Deserialize<T>(entry.Json, Json), entry.ETag);
    }

    /// <summary>
    /// Read, change, write, retrying from a fresh read when another writer got there first.
    /// <paramref name="change"/> may run more than once and must only depend on the value it is given.
    /// </summary>
    public static async Task<T> UpdateAsync<T>(
        this IStateStore store, string key, Func<T?, T> change, CancellationToken ct, int maxAttempts = 8)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (current, etag) = await store.ReadAsync<T>(key, ct).ConfigureAwait(false);
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
}
