using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdvisorBot.Channels.BotFramework.Schema;

/// <summary>An entity of an activity: a type plus type-specific fields, all kept.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads this entity as a <see cref="Mention"/> when its type is "mention".</summary>
    public Mention? AsMention()
    {
        if (!string.Equals(Type, "mention", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var json = JsonSerializer.SerializeToElement(this, BotJson.Options);
        return json.Deserialize<Mention>(BotJson.Options);
    }
}

/// <summary>An @mention: <c>{"type":"mention","mentioned":{...},"text":"&lt;at&gt;Name&lt;/at&gt;"}</c>.</summary>
public sealed class Mention
{
    public string Type { get; set; } = "mention";
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }
}
