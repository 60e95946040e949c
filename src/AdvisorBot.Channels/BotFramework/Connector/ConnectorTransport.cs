using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using Polly.Timeout;

namespace AdvisorBot.Channels.BotFramework.Connector;

/// <summary>
/// Sends a turn's activities through the Bot Connector at the activity's serviceUrl. A call that fails after its
/// retries becomes a <see cref="TurnDeliveryException"/>.
/// </summary>
public sealed class ConnectorTransport(ConnectorClient connector) : ITurnTransport
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken ct) =>
        DeliverAsync(() => connector.PostAsync(Required(activity.ServiceUrl), LineBreaks.KeepForMarkdownClients(activity), ct), ct);

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken ct) =>
        DeliverAsync(() => connector.UpdateActivityAsync(Required(activity.ServiceUrl), Required(activity.Conversation?.Id), Required(activity.Id), LineBreaks.KeepForMarkdownClients(activity), ct), ct);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct) =>
        DeliverAsync(async () =>
        {
            await connector.DeleteActivityAsync(Required(reference.ServiceUrl), Required(reference.Conversation?.Id), activityId, ct).ConfigureAwait(false);
            return new ResourceResponse(activityId);
        }, ct);

    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken ct) =>
        DeliverAsync(() => connector.SendToConversationAsync(Required(activity.ServiceUrl), conversationId, LineBreaks.KeepForMarkdownClients(activity), ct), ct);

    private static async Task<ResourceResponse> DeliverAsync(Func<Task<ResourceResponse>> call, CancellationToken ct)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectorException or UntrustedServiceUrlException or HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            throw new TurnDeliveryException($"The reply could not be delivered: {ex.Message}", ex);
        }
    }

    private static string Required(string? value) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException("The activity lacks its serviceUrl, conversation id or activity id.") : value;
}
