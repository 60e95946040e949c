using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdvisorBot.Channels.BotFramework.Schema;

/// <summary>An entity of an activity: a type plus type-specific fields, all kept.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    [JsonIgnore]
    public bool IsMention => string.Equals(Type, "mention", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The text of this entity when it is a mention of <paramref name="accountId"/>:
    /// <c>{"type":"mention","mentioned":{"id","name"},"text":"&lt;at&gt;Name&lt;/at&gt;"}</c>. Some clients send no text;
    /// the mention then reads "&lt;at&gt;Name&lt;/at&gt;". Null for anything else, of whatever shape.
    /// </summary>
    public string? MentionTextFor(string accountId)
    {
        if (!IsMention || Properties is null
            || !Properties.TryGetValue("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
            || String(mentioned, "id") != accountId)
        {
            return null;
        }

        return Properties.TryGetValue("text", out var text) && text.ValueKind == JsonValueKind.String && text.GetString() is { Length: > 0 } t ? t
            : String(mentioned, "name") is { Length: > 0 } name ? $"<at>{name}</at>"
            : null;
    }

    private static string? String(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
