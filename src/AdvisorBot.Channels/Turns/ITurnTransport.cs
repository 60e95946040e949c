using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Turns;

/// <summary>How a turn's outgoing activities leave: through a channel's API, or buffered for the HTTP response.</summary>
public interface ITurnTransport
{
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken ct);

    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken ct);

    Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct);
}
