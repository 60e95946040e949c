using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdvisorBot.Channels.DirectLine;

/// <summary>Direct Line 3.0's <c>Conversation</c>: what starting, reconnecting and token calls answer.</summary>
public sealed record DirectLineConversation(
    string ConversationId,
    string? Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    string? StreamUrl);

/// <summary>Direct Line 3.0's <c>ActivitySet</c>: activities as raw JSON, and the watermark to ask from next.</summary>
public sealed record ActivitySet(IReadOnlyList<JsonElement> Activities, string Watermark);

/// <summary>The optional body of token generation and conversation start: <c>{"user":{"id","name"}}</c>.</summary>
public sealed record TokenParameters(TokenUser? User);

public sealed record TokenUser(string? Id, string? Name);
