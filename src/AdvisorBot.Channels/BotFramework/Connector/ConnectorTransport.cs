using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;

namespace AdvisorBot.Channels.BotFramework.Connector;

/// <summary>Sends a turn's activities through the Bot Connector at the activity's serviceUrl.</summary>
public sealed class ConnectorTransport(ConnectorClient connector) : ITurnTransport
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken ct) =>
        connector.PostAsync(Required(activity.ServiceUrl), LineBreaks.KeepForMarkdownClients(activity), ct);

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken ct) =>
        connector.UpdateActivityAsync(Required(activity.ServiceUrl), Required(activity.Conversation?.Id), Required(activity.Id), LineBreaks.KeepForMarkdownClients(activity), ct);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct) =>
        connector.DeleteActivityAsync(Required(reference.ServiceUrl), Required(reference.Conversation?.Id), activityId, ct);

    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken ct) =>
        connector.SendToConversationAsync(Required(activity.ServiceUrl), conversationId, LineBreaks.KeepForMarkdownClients(activity), ct);

    private static string Required(string? value) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException("The activity lacks its serviceUrl, conversation id or activity id.") : value;
}
