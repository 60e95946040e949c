using AdvisorBot.Channels.BotFramework;
using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Tests.BotFramework;

public sealed class MentionAndValidationTests
{
    private static Activity Message(string text, params (string Id, string Text)[] mentions) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "c" },
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        Entities = [.. mentions.Select(m => new Entity
        {
            Type = "mention",
            Properties = new()
            {
                ["text"] = System.Text.Json.JsonSerializer.SerializeToElement(m.Text),
                ["mentioned"] = System.Text.Json.JsonSerializer.SerializeToElement(new { id = m.Id }),
            },
        })],
    };

    [Theory]
    [InlineData("<at>AdvisorBot</at> decide", "decide")]
    [InlineData("decide <at>AdvisorBot</at>\n", "decide")]
    [InlineData("<at>AdvisorBot</at>\u00a0 ask   what is the GIL?", "ask what is the GIL?")]
    public void TheBotsOwnMention_IsRemoved(string text, string expected)
    {
        Assert.Equal(expected, Message(text, ("28:bot", "<at>AdvisorBot</at>")).TextWithoutRecipientMention());
    }

    [Fact]
    public void OtherMentions_Stay()
    {
        var activity = Message("<at>AdvisorBot</at> ask <at>Ana</at> about it", ("28:bot", "<at>AdvisorBot</at>"), ("29:ana", "<at>Ana</at>"));

        Assert.Equal("ask <at>Ana</at> about it", activity.TextWithoutRecipientMention());
    }

    [Theory]
    [InlineData(null, "c", "https://x.example/", "'type'")]
    [InlineData("message", null, "https://x.example/", "'conversation.id'")]
    [InlineData("message", "c", null, "'serviceUrl'")]
    [InlineData("message", "c", "http://x.example/", "'serviceUrl'")]
    [InlineData("message", "c", "ftp://x.example/", "'serviceUrl'")]
    [InlineData("invoke", "c", "https://x.example/", "'name'")]
    public void UnusableActivities_AreNamed(string? type, string? conversation, string? serviceUrl, string problem)
    {
        var activity = new Activity { Type = type, Conversation = conversation is null ? null : new ConversationAccount { Id = conversation }, ServiceUrl = serviceUrl };

        Assert.Contains(problem, ActivityValidator.Problem(activity), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("http://localhost:3979/")]
    [InlineData("http://[::1]:3979/")]
    public void UsableActivities_PassValidation(string serviceUrl)
    {
        var activity = new Activity { Type = "message", Conversation = new ConversationAccount { Id = "c" }, ServiceUrl = serviceUrl };

        Assert.Null(ActivityValidator.Problem(activity));
    }
}
