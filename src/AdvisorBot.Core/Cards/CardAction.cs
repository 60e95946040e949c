using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Core.Cards;

/// <summary>Reading Universal Action invokes (<c>adaptiveCard/action</c>) and writing their responses.</summary>
public static class CardAction
{
    public const string InvokeName = "adaptiveCard/action";

    public static string? Verb(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;

    /// <summary>The action's data (merged with the card's inputs by the client).</summary>
    public static JsonElement? Data(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("data", out var data)
            ? data
            : null;

    /// <summary>200 with a short message the client shows briefly.</summary>
    public static InvokeResponse MessageResponse(string message) =>
        new(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = message });

    /// <summary>200 with a card that replaces the one the user acted on.</summary>
    public static InvokeResponse CardResponse(JsonElement card) =>
        new(200, new { statusCode = 200, type = Attachment.AdaptiveCardContentType, value = card });

    public static InvokeResponse ErrorResponse(int status, string code, string message) =>
        new(status, new { statusCode = status, type = "application/vnd.microsoft.error", value = new { code, message } });
}
