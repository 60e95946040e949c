using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>Where a conversation's dialog lives: one per channel or group chat (a team session), one per person in a 1:1 chat.</summary>
public static class SessionKeys
{
    public static bool IsTeamConversation(Activity activity) =>
        activity.Conversation?.IsGroup == true
        || activity.Conversation?.ConversationType is "channel" or "groupChat";

    public static string For(Activity activity)
    {
        var conversation = $"{activity.ChannelId}/{activity.Conversation?.Id}";
        return IsTeamConversation(activity) ? $"dialog/{conversation}" : $"dialog/{conversation}/{activity.From?.Id}";
    }

    public static string History(Activity activity, string sessionId) =>
        $"history/{activity.ChannelId}/{activity.Conversation?.Id}/{sessionId}";
}
