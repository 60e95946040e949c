using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Turns;

/// <summary>Collects a turn's replies for the HTTP response body (deliveryMode "expectReplies"); posts nothing.</summary>
public sealed class BufferedTransport : ITurnTransport
{
    private readonly List<Activity> _activities = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Activity> Activities
    {
        get
        {
            lock (_gate)
            {
                return [.. _activities];
            }
        }
    }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken ct)
    {
        lock (_gate)
        {
            _activities.Add(activity);
        }

        return Task.FromResult(new ResourceResponse(null));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken ct) => SendAsync(activity, ct);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct) => Task.CompletedTask;

    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken ct) => SendAsync(activity, ct);
}
