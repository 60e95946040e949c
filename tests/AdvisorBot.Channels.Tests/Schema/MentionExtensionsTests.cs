using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Tests.Schema;

public sealed class MentionExtensionsTests
{
    private const string BotId = "28:bot";
    private const string BotMention = "<at>AdvisorBot</at>";

    [Theory]
    [InlineData("<at>AdvisorBot</at> decide", "decide")]
    [InlineData("decide <at>AdvisorBot</at>\n", "decide")]
    [InlineData("<at>advisorbot</at> decide", "decide")]
    [InlineData("\r\n<at>AdvisorBot</at> who made you?\r\n", "who made you?")]
    [InlineData("<at>AdvisorBot</at>\u00a0decide", "decide")]
    [InlineData("<at>AdvisorBot</at>\u00a0 ask   what is\nthe GIL?", "ask what is the GIL?")]
    public void TextWithoutRecipientMention_BotMentioned_RemovesTheMentionAndTidiesWhitespace(string text, string expected)
    {
        var activity = Message(text, (BotId, BotMention));

        Assert.Equal(expected, activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void TextWithoutRecipientMention_AnotherUserMentioned_KeepsThatMention()
    {
        var activity = Message("<at>AdvisorBot</at> ask <at>Ana</at> about it", (BotId, BotMention), ("29:ana", "<at>Ana</at>"));

        Assert.Equal("ask <at>Ana</at> about it", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void TextWithoutRecipientMention_OnlyAnotherUserMentioned_KeepsTheText()
    {
        var activity = Message("<at>Ana</at> decide", ("29:ana", "<at>Ana</at>"));

        Assert.Equal("<at>Ana</at> decide", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void TextWithoutRecipientMention_MentionOfTheBotsNameWithAnotherId_IsKept()
    {
        // Someone else who happens to be called AdvisorBot: only the id decides.
        var activity = Message("<at>AdvisorBot</at> decide", ("29:impostor", BotMention));

        Assert.Equal("<at>AdvisorBot</at> decide", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void TextWithoutRecipientMention_NoEntities_ReturnsTheTextTrimmed()
    {
        var activity = Message("  decide  now \n");
        activity.Entities = null;

        Assert.Equal("decide  now", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void TextWithoutRecipientMention_NonMentionEntitiesOnly_ReturnsTheText()
    {
        var activity = Message(" <at>AdvisorBot</at> decide ");
        activity.Entities = [new Entity { Type = "clientInfo", Properties = new() { ["text"] = JsonSerializer.SerializeToElement(BotMention) } }];

        Assert.Equal("<at>AdvisorBot</at> decide", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void TextWithoutRecipientMention_NoRecipient_ReturnsTheTextTrimmed()
    {
        var activity = Message(" <at>AdvisorBot</at> decide ", (BotId, BotMention));
        activity.Recipient = null;

        Assert.Equal("<at>AdvisorBot</at> decide", activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void TextWithoutRecipientMention_NoText_ReturnsEmpty()
    {
        var activity = Message("", (BotId, BotMention));
        activity.Text = null;

        Assert.Equal(string.Empty, activity.TextWithoutRecipientMention());
    }

    [Fact]
    public void TextWithoutRecipientMention_TeamsPayload_ReadFromJson_RemovesTheBotMention()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""
            {
              "type": "message",
              "text": "<at>AdvisorBot</at> help\n",
              "recipient": { "id": "28:bot", "name": "AdvisorBot" },
              "entities": [
                { "type": "mention", "text": "<at>AdvisorBot</at>", "mentioned": { "id": "28:bot", "name": "AdvisorBot" } },
                { "type": "clientInfo", "locale": "en-US" }
              ]
            }
            """, BotJson.Options)!;

        Assert.Equal("help", activity.TextWithoutRecipientMention());
    }

    [Theory]
    [InlineData("""{ "type": "mention", "mentioned": 42, "text": "<at>AdvisorBot</at>" }""")]
    [InlineData("""{ "type": "mention", "mentioned": { "id": 1.5 }, "text": "<at>AdvisorBot</at>" }""")]
    [InlineData("""{ "type": "mention", "mentioned": { "id": "28:bot" }, "text": 42 }""")]
    [InlineData("""{ "type": "mention", "mentioned": [ "28:bot" ] }""")]
    public void TextWithoutRecipientMention_EntityOfTheWrongShape_IsSkippedNotThrownOn(string entity)
    {
        var activity = JsonSerializer.Deserialize<Activity>(
            $$"""{ "type": "message", "text": "<at>AdvisorBot</at> help", "recipient": { "id": "28:bot" }, "entities": [ {{entity}} ] }""", BotJson.Options)!;

        Assert.EndsWith("help", activity.TextWithoutRecipientMention(), StringComparison.Ordinal);
    }

    [Fact]
    public void TextWithoutRecipientMention_ManyDistinctBotMentions_AreAllRemoved()
    {
        var mentions = Enumerable.Range(0, 3000).Select(i => (BotId, $"<at>AdvisorBot {i}</at>")).ToArray();
        var activity = Message(string.Join(" ", mentions.Select(m => m.Item2)) + " <at>Ana</at> decide", [.. mentions, ("29:ana", "<at>Ana</at>")]);

        Assert.Equal("<at>Ana</at> decide", activity.TextWithoutRecipientMention());
    }

    private static Activity Message(string text, params (string Id, string Text)[] mentions) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = BotId, Name = "AdvisorBot" },
        Conversation = new ConversationAccount { Id = "c" },
        Entities = [.. mentions.Select(m => new Entity
        {
            Type = "mention",
            Properties = new()
            {
                ["text"] = JsonSerializer.SerializeToElement(m.Text),
                ["mentioned"] = JsonSerializer.SerializeToElement(new { id = m.Id }),
            },
        })],
    };
}
