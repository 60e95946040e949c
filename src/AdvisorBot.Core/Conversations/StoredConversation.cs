using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Core.Conversations;

/// <summary>
/// What the bot keeps of a conversation to post into it later: the Bot Framework reference plus the Teams
/// tenant, team and channel. <see cref="Vouched"/> says whether a validated token vouched for the serviceUrl.
/// </summary>
public sealed record StoredConversation(
    ConversationReference Reference,
    string? TenantId,
    string? TeamId,
    string? TeamChannelId,
    bool Vouched,
    DateTimeOffset LastSeen);
