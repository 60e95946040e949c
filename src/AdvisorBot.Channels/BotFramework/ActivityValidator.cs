using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.BotFramework;

/// <summary>The fields without which an inbound activity cannot be processed.</summary>
public static class ActivityValidator
{
    /// <summary>Why the activity is unusable, or null when it is fine.</summary>
    public static string? Problem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (activity.IsType(ActivityTypes.Message) && string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "A message activity needs a 'serviceUrl'.";
        }

        if (!string.IsNullOrWhiteSpace(activity.ServiceUrl) && !SecureUrlOrLoopback(activity.ServiceUrl))
        {
            return "The 'serviceUrl' must be an https URL (or http on a loopback host).";
        }

        if (activity.IsType(ActivityTypes.Invoke) && string.IsNullOrWhiteSpace(activity.Name))
        {
            return "An invoke activity needs a 'name'.";
        }

        return NullIn("entities", activity.Entities) ?? NullIn("attachments", activity.Attachments)
            ?? NullIn("membersAdded", activity.MembersAdded) ?? NullIn("membersRemoved", activity.MembersRemoved);
    }

    /// <summary>Activity types the bot hands to its logic; anything else is acknowledged and ignored.</summary>
    public static bool IsKnownType(Activity activity) => activity.Type is not null && KnownTypes.Contains(activity.Type);

    private static readonly HashSet<string> KnownTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.EndOfConversation, ActivityTypes.MessageReaction,
        ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete,
    };

    private static string? NullIn<T>(string name, List<T>? list) where T : class =>
        list?.Contains(null!) == true ? $"'{name}' holds a null where an object belongs." : null;

    private static bool SecureUrlOrLoopback(string value) =>
        Auth.SecureUrl.TryParse(value, out var uri) && Auth.SecureUrl.IsAllowed(uri);
}
