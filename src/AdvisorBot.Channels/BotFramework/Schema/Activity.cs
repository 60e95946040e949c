using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdvisorBot.Channels.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity (schema v3). Every field a channel may send is modelled;
/// anything else lands in <see cref="Properties"/> and is written back unchanged.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? CallerId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    [JsonConverter(typeof(CappedListConverter<ChannelAccount>))]
    public List<ChannelAccount>? MembersAdded { get; set; }

    [JsonConverter(typeof(CappedListConverter<ChannelAccount>))]
    public List<ChannelAccount>? MembersRemoved { get; set; }

    public List<JsonElement>? ReactionsAdded { get; set; }
    public List<JsonElement>? ReactionsRemoved { get; set; }
    public string? TopicName { get; set; }
    public bool? HistoryDisclosed { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public JsonElement? SuggestedActions { get; set; }
    [JsonConverter(typeof(CappedListConverter<Attachment>))]
    public List<Attachment>? Attachments { get; set; }

    /// <summary>The activity's entities; at most <see cref="CappedListConverter{T}.MaxItems"/> are read, the rest skipped.</summary>
    [JsonConverter(typeof(CappedListConverter<Entity>))]
    public List<Entity>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public JsonElement? RelatesTo { get; set; }
    public string? Code { get; set; }
    public DateTimeOffset? Expiration { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }
    public List<string>? ListenFor { get; set; }
    public List<JsonElement>? TextHighlights { get; set; }
    public JsonElement? SemanticAction { get; set; }

    /// <summary>Fields this model does not name, kept so nothing a channel sends is dropped.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>A message activity addressed back to the sender of this one, in the same conversation.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Recipient,
        Recipient = From,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
        TextFormat = text is null ? null : TextFormats.Plain,
    };

    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };
}
