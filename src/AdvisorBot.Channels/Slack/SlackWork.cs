namespace AdvisorBot.Channels.Slack;

/// <summary>
/// One accepted Slack request, as stored in the outbox before the acknowledgement: enough to run the turn later,
/// after a restart if need be.
/// </summary>
public sealed record SlackWork(
    string Kind,
    string ChannelId,
    bool IsDirect,
    string UserId,
    string UserName,
    string Text,
    string? Ts,
    string? ThreadTs,
    string? ResponseUrl,
    string? ActionValue,
    string? MessageTs)
{
    public const string Event = "slack.event";
    public const string Command = "slack.command";
    public const string Action = "slack.action";

    /// <summary>The conversation id the bot's logic sees: a DM, or a channel thread ("C123;messageid=1700000000.0001").</summary>
    public string ConversationId(string? thread) => IsDirect || thread is null ? ChannelId : $"{ChannelId};messageid={thread}";
}
