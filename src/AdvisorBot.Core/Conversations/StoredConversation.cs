using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Core.Conversations;

/// <summary>
/// What the bot keeps of a conversation to post into it later: the Bot Framework reference plus the Teams
/// tenant, team and channel. <see cref="VouchedByToken"/> says whether a validated token vouched for the serviceUrl
/// (never in local mode). Records written before this field existed read as not vouched: a reference planted in
/// local mode is never trusted for an authenticated send.
/// </summary>
public sealed record StoredConversation(
    ConversationReference Reference,
    string? TenantId,
    string? TeamId,
    string? TeamChannelId,
    bool VouchedByToken,
    DateTimeOffset LastSeen);
