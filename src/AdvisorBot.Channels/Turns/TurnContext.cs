using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Turns;

/// <summary>
/// One turn of a conversation: the inbound activity, the way to answer it, and the invoke response if the
/// activity asks for one. Outgoing activities are addressed from the inbound one, as in the Bot Framework SDK.
/// </summary>
public sealed class TurnContext(Activity activity, ITurnTransport transport)
{
    private int _sent;

    public Activity Activity { get; } = activity;

    /// <summary>
    /// Whether a validated token vouched for the activity's serviceUrl (a channel token naming it, or an Entra token
    /// with a serviceUrl on a configured Bot Connector host). Never in local mode, never for Slack.
    /// </summary>
    public bool ServiceUrlVouched { get; init; }

    /// <summary>The inbound text with the bot's own @mention removed; what commands are parsed from.</summary>
    public string Text { get; } = activity.TextWithoutRecipientMention();

    /// <summary>Set by an invoke handler; becomes the HTTP response of the invoke.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>How many activities this turn has sent so far.</summary>
    public int SentCount => _sent;

    public ConversationReference Reference => Activity.GetConversationReference();

    /// <summary>A turn for another activity that answers through the same channel (e.g. a card action replayed as a message).</summary>
    public TurnContext With(Activity activity) => new(activity, transport) { ServiceUrlVouched = ServiceUrlVouched };

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken ct) =>
        SendActivityAsync(Activity.CreateReply(text), ct);

    public async Task<ResourceResponse> SendActivityAsync(Activity outgoing, CancellationToken ct)
    {
        Address(outgoing);
        var response = await transport.SendAsync(outgoing, ct).ConfigureAwait(false);
        Interlocked.Increment(ref _sent);
        return response;
    }

    /// <summary>
    /// Posts a new message at the root of a conversation: in a Teams channel, a new post rather than a reply in the
    /// current thread (the ";messageid=" suffix of the conversation id is dropped).
    /// </summary>
    public async Task<ResourceResponse> SendToConversationRootAsync(Activity outgoing, CancellationToken ct)
    {
        var root = RootConversationId(Activity.Conversation?.Id ?? string.Empty);
        outgoing.ReplyToId = null;
        outgoing.Id = null;
        Address(outgoing);
        outgoing.Conversation = new ConversationAccount
        {
            Id = root,
            IsGroup = Activity.Conversation?.IsGroup,
            ConversationType = Activity.Conversation?.ConversationType,
            TenantId = Activity.Conversation?.TenantId,
        };
        outgoing.ReplyToId = null;
        var response = await transport.SendToConversationAsync(root, outgoing, ct).ConfigureAwait(false);
        Interlocked.Increment(ref _sent);
        return response;
    }

    public static string RootConversationId(string conversationId) =>
        conversationId.Split(";messageid=", 2, StringSplitOptions.None)[0];

    public bool IsThreadReply => Activity.Conversation?.Id?.Contains(";messageid=", StringComparison.Ordinal) == true;

    public Task SendTypingAsync(CancellationToken ct) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, ct);

    public Task<ResourceResponse> UpdateActivityAsync(Activity outgoing, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(outgoing.Id);
        Address(outgoing);
        return transport.UpdateAsync(outgoing, ct);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken ct) =>
        transport.DeleteAsync(Reference, activityId, ct);

    private void Address(Activity outgoing)
    {
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ChannelId ??= Activity.ChannelId;
        outgoing.ServiceUrl ??= Activity.ServiceUrl;
        outgoing.Conversation ??= Activity.Conversation;
        outgoing.From ??= Activity.Recipient;
        outgoing.Recipient ??= Activity.From;
        outgoing.Locale ??= Activity.Locale;
        if (outgoing.ReplyToId is null && outgoing.Id is null)
        {
            outgoing.ReplyToId = Activity.Id;
        }
    }
}
