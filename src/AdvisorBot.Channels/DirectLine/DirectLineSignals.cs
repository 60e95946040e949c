using System.Collections.Concurrent;

namespace AdvisorBot.Channels.DirectLine;

/// <summary>
/// Wakes the streams of a conversation when an activity is appended to it. Take the wait task before reading the
/// store, so an append between the read and the wait is not missed.
/// </summary>
public sealed class DirectLineSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    public Task NextAsync(string conversationId) =>
        _waiters.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Signal(string conversationId)
    {
        if (_waiters.TryRemove(conversationId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }
}
