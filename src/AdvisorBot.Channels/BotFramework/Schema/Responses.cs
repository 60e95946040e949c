using System.Text.Json;

namespace AdvisorBot.Channels.BotFramework.Schema;

/// <summary>The id of a resource the Connector created, e.g. a sent activity.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>The answer to a create-conversation call.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>The Bot Framework error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(Error Error)
{
    public static ErrorResponse Of(string code, string message) => new(new Error(code, message));
}

public sealed record Error(string Code, string Message, InnerHttpError? InnerHttpError = null);

public sealed record InnerHttpError(int StatusCode, JsonElement? Body);

/// <summary>What a bot answers an invoke activity with: the HTTP status and body.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);

/// <summary>The body of an expectReplies response.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);

/// <summary>Parameters of a proactive create-conversation call.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }
}
