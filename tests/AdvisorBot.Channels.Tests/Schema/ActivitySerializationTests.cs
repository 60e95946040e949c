using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Tests.Schema;

public sealed class ActivitySerializationTests
{
    /// <summary>A Teams channel message with fields this model does not name, at the top level and nested.</summary>
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1700000000000",
          "timestamp": "2026-11-23T06:00:00.123Z",
          "localTimestamp": "2026-11-23T11:30:00.123+05:30",
          "localTimezone": "Asia/Calcutta",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:abc", "name": "Ana", "aadObjectId": "guid-1", "userPrincipalName": "ana@contoso.com" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "t1", "id": "19:x@thread.skype", "futureField": [1, 2] },
          "recipient": { "id": "28:bot", "name": "AdvisorBot", "agenticAppId": { "nested": "kept" } },
          "textFormat": "plain",
          "text": "<at>AdvisorBot</at> decide",
          "attachments": [ { "contentType": "text/html", "content": "<p>hi</p>", "fancy": true, "meta": { "a": [null, 1.5] } } ],
          "entities": [ { "type": "mention", "text": "<at>AdvisorBot</at>", "mentioned": { "id": "28:bot", "name": "AdvisorBot" } },
                        { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web", "timezone": "Asia/Calcutta" } ],
          "channelData": { "tenant": { "id": "t1" }, "team": { "id": "19:team" }, "channel": { "id": "19:x" }, "unknown": { "x": null } },
          "value": { "action": { "verb": "help", "data": { "n": 1 } } },
          "brandNewTopLevel": { "nested": { "deep": true } },
          "anotherNewField": "text"
        }
        """;

    [Fact]
    public void RoundTrip_KeepsEveryFieldAChannelSent_IncludingUnknownOnes()
    {
        var activity = Read(TeamsMessage);

        var written = JsonSerializer.SerializeToNode(activity, BotJson.Options)!;

        Assert.True(JsonNode.DeepEquals(Normalize(JsonNode.Parse(TeamsMessage)!), Normalize(written)), written.ToJsonString());
    }

    [Fact]
    public void Deserialize_UnknownFields_LandInThePropertiesOfTheObjectTheyBelongTo()
    {
        var activity = Read(TeamsMessage);

        Assert.Equal(new[] { "brandNewTopLevel", "anotherNewField" }, activity.Properties!.Keys.ToArray());
        Assert.True(activity.Properties["brandNewTopLevel"].GetProperty("nested").GetProperty("deep").GetBoolean());
        Assert.Equal("ana@contoso.com", activity.From!.Properties!["userPrincipalName"].GetString());
        Assert.Equal("kept", activity.Recipient!.Properties!["agenticAppId"].GetProperty("nested").GetString());
        Assert.Equal(2, activity.Conversation!.Properties!["futureField"].GetArrayLength());
        Assert.True(activity.Attachments![0].Properties!["fancy"].GetBoolean());
        Assert.Equal("Web", activity.Entities![1].Properties!["platform"].GetString());
    }

    [Fact]
    public void Deserialize_KnownFields_AreReadIntoTheModel()
    {
        var activity = Read(TeamsMessage);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("28:bot", activity.Recipient!.Id);
        Assert.Equal("19:x@thread.skype", activity.Conversation!.Id);
        Assert.Equal("t1", activity.Conversation.TenantId);
        Assert.True(activity.Conversation.IsGroup);
        Assert.Equal("guid-1", activity.From!.AadObjectId);
        Assert.NotNull(activity.Entities![0].MentionTextFor("28:bot"));
        Assert.Null(activity.Entities[1].MentionTextFor("28:bot"));
    }

    [Fact]
    public void LocalTimestamp_KeepsItsOffset_WhenReadAndWhenWritten()
    {
        var activity = Read(TeamsMessage);

        var written = JsonSerializer.SerializeToNode(activity, BotJson.Options)!;

        Assert.Equal(TimeSpan.FromHours(5.5), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 6, 0, 0, 123, TimeSpan.Zero), activity.LocalTimestamp.Value);
        Assert.EndsWith("+05:30", written["localTimestamp"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("2026-11-23T11:30:00.123", written["localTimestamp"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_OmitsNulls_AndUsesCamelCase()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = "hi", ReplyToId = "1" }, BotJson.Options);

        Assert.Equal("""{"type":"message","text":"hi","replyToId":"1"}""", json);
    }

    [Fact]
    public void Writing_NestedObjects_OmitsTheirNullsAndUsesCamelCase()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = "28:bot", AadObjectId = "guid" },
            Conversation = new ConversationAccount { Id = "c", IsGroup = false, ConversationType = "personal" },
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType }],
        };

        var json = JsonSerializer.Serialize(activity, BotJson.Options);

        Assert.Equal(
            """{"type":"message","from":{"id":"28:bot","aadObjectId":"guid"},"conversation":{"isGroup":false,"conversationType":"personal","id":"c"},"attachments":[{"contentType":"application/vnd.microsoft.card.adaptive"}]}""",
            json);
    }

    [Fact]
    public void Read_IgnoresTheCaseOfKnownPropertyNames()
    {
        var activity = Read("""{"Type":"message","SERVICEURL":"https://x.example/","conversation":{"ID":"c"}}""");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("https://x.example/", activity.ServiceUrl);
        Assert.Equal("c", activity.Conversation!.Id);
        Assert.Null(activity.Properties);
    }

    private static Activity Read(string json) => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;

    /// <summary>Timestamps are compared as instants with their offsets (their text may gain or lose trailing zeros).</summary>
    private static JsonNode Normalize(JsonNode node)
    {
        foreach (var name in new[] { "timestamp", "localTimestamp" })
        {
            if (node[name] is { } value)
            {
                node[name] = DateTimeOffset.Parse(value.GetValue<string>(), CultureInfo.InvariantCulture).ToString("O", CultureInfo.InvariantCulture);
            }
        }

        return node;
    }

    [Fact]
    public void Deserialize_EntitiesBeyondTheCap_AreSkippedUnread()
    {
        var entities = string.Join(',', Enumerable.Range(0, 5000).Select(i => $$"""{"type":"clientInfo","n":{{i}}}"""));

        var activity = Read($$"""{"type":"message","entities":[{{entities}}]}""");

        Assert.Equal(CappedListConverter<Entity>.MaxItems, activity.Entities!.Count);
        Assert.Equal("0", activity.Entities[0].Properties!["n"].GetRawText());
    }
}
