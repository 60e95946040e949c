using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.DirectLine;

/// <summary>Reads an activity a Direct Line client posts: valid JSON, a type, and a sender (the token's user, when there is a token).</summary>
public static class DirectLineActivity
{
    public static (Activity? Activity, string? Problem) Parse(ReadOnlySpan<byte> json, string? tokenUserId)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(json, BotJson.Options);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not a valid activity: {ex.Message}");
        }

        if (activity is null)
        {
            return (null, "The body is not a valid activity: it is empty or null.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, "The activity has no type.");
        }

        if (tokenUserId is not null)
        {
            activity.From ??= new ChannelAccount();
            activity.From.Id = tokenUserId;
        }
        else if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return (null, "The activity has no from.id.");
        }

        return (activity, null);
    }
}
