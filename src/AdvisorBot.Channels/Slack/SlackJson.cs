using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdvisorBot.Channels.Slack;

/// <summary>Reads Slack's JSON defensively: a field of another shape than expected reads as absent, never throws.</summary>
public static class SlackJson
{
    /// <summary>The node at <paramref name="path"/> (object properties, or array indexes as "0"), or null.</summary>
    public static JsonNode? At(JsonNode? node, params string[] path)
    {
        foreach (var step in path)
        {
            node = node switch
            {
                JsonObject obj => obj[step],
                JsonArray array when int.TryParse(step, out var i) && i >= 0 && i < array.Count => array[i],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>The string at <paramref name="path"/>, or null when it is missing or not a string.</summary>
    public static string? Text(JsonNode? node, params string[] path) =>
        At(node, path) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>Parses a JSON object; null when the text is not one.</summary>
    public static JsonObject? ParseObject(string? text)
    {
        try
        {
            return text is null ? null : JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
