using System.Text.Json;
using System.Text.Json.Nodes;
using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Tests.BotFramework;

public sealed class ActivitySerializationTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1700000000000",
          "timestamp": "2026-11-23T06:00:00.123Z",
          "localTimestamp": "2026-11-23T11:30:00.123+05:30",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:abc", "name": "Ana", "aadObjectId": "guid-1", "userPrincipalName": "ana@contoso.com" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "t1", "id": "19:x@thread.skype", "futureField": [1, 2] },
          "recipient": { "id": "28:bot", "name": "AdvisorBot" },
          "textFormat": "plain",
          "text": "<at>AdvisorBot</at> decide",
          "attachments": [ { "contentType": "text/html", "content": "<p>hi</p>", "fancy": true } ],
          "entities": [ { "type": "mention", "text": "<at>AdvisorBot</at>", "mentioned": { "id": "28:bot", "name": "AdvisorBot" } },
                        { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web" } ],
          "channelData": { "tenant": { "id": "t1" }, "team": { "id": "19:team" }, "channel": { "id": "19:x" } },
          "brandNewTopLevel": { "nested": { "deep": true } }
        }
        """;

    [Fact]
    public void RoundTrip_KeepsEveryFieldAChannelSent_IncludingUnknownOnes()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotJson.Options)!;

        var written = JsonSerializer.SerializeToNode(activity, BotJson.Options)!;

        Assert.True(JsonNode.DeepEquals(Normalize(JsonNode.Parse(TeamsMessage)!), Normalize(written)), written.ToJsonString());
        Assert.Equal(TimeSpan.FromHours(5.5), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("ana@contoso.com", activity.From!.Properties!["userPrincipalName"].GetString());
    }

    [Fact]
    public void Writing_OmitsNulls_AndUsesCamelCase()
    {
        var json = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = "hi", ReplyToId = "1" }, BotJson.Options);

        Assert.Equal("""{"type":"message","text":"hi","replyToId":"1"}""", json);
    }

    /// <summary>Timestamps are compared as instants (their text may gain or lose trailing zeros).</summary>
    private static JsonNode Normalize(JsonNode node)
    {
        foreach (var name in new[] { "timestamp", "localTimestamp" })
        {
            if (node[name] is { } value)
            {
                node[name] = DateTimeOffset.Parse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return node;
    }
}
