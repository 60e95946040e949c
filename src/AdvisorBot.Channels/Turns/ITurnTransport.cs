using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Turns;

/// <summary>How a turn's outgoing activities leave: through a channel's API, or buffered for the HTTP response.</summary>
public interface ITurnTransport
{
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken ct);

    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken ct);

    Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct);

    /// <summary>Posts a new message into a conversation (e.g. a Teams channel's root rather than the current thread).</summary>
    Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken ct);
}
