using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Tests.Fakes;

/// <summary>
/// An in-memory store whose writes to keys with <paramref name="prefix"/> wait until <see cref="Open"/> is called, or
/// fail with <paramref name="failure"/> when one is given.
/// </summary>
public sealed class GatedStateStore(string prefix, Exception? failure = null) : IStateStore
{
    private readonly InMemoryStateStore _inner = new();
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a write to a gated key has started waiting.</summary>
    public Task Waiting => _waiting.Task;

    public void Open() => _gate.TrySetResult();

    public Task<StateEntry?> ReadAsync(string key, CancellationToken ct) => _inner.ReadAsync(key, ct);

    public async Task<string> WriteAsync(string key, string json, string? etag, CancellationToken ct)
    {
        if (key.StartsWith(prefix, StringComparison.Ordinal))
        {
            if (failure is not null)
            {
                throw failure;
            }

            _waiting.TrySetResult();
            await _gate.Task.WaitAsync(ct);
        }

        return await _inner.WriteAsync(key, json, etag, ct);
    }

    public Task<bool> DeleteAsync(string key, string? etag, CancellationToken ct) => _inner.DeleteAsync(key, etag, ct);
}
