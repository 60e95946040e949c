using System.Text.Json;

namespace AdvisorBot.Channels.BotFramework.Schema;

/// <summary>The parts of Teams' <c>channelData</c> the bot reads. Every field is optional.</summary>
public sealed record TeamsChannelData(string? TenantId, string? TeamId, string? TeamName, string? ChannelId, string? ChannelName)
{
    public static TeamsChannelData From(Activity activity)
    {
        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return new TeamsChannelData(activity.Conversation?.TenantId, null, null, null, null);
        }

        return new TeamsChannelData(
            Read(data, "tenant", "id") ?? activity.Conversation?.TenantId,
            Read(data, "team", "id"),
            Read(data, "team", "name"),
            Read(data, "channel", "id"),
            Read(data, "channel", "name"));
    }

    private static string? Read(JsonElement data, string objectName, string property) =>
        data.TryGetProperty(objectName, out var obj) && obj.ValueKind == JsonValueKind.Object
            && obj.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
