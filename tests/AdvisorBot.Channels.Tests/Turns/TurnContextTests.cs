using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;

namespace AdvisorBot.Channels.Tests.Turns;

public sealed class TurnContextTests
{
    private readonly CancellationToken _ct = CancellationToken.None;
    private readonly BufferedTransport _transport = new();

    private static Activity Inbound() => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        Locale = "en-GB",
        From = new ChannelAccount { Id = "29:ana", Name = "Ana" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "AdvisorBot" },
        Conversation = new ConversationAccount { Id = "19:x@thread.skype", TenantId = "t1" },
        Text = "<at>AdvisorBot</at> help",
        Entities =
        [
            new Entity
            {
                Type = "mention",
                Properties = new()
                {
                    ["text"] = System.Text.Json.JsonSerializer.SerializeToElement("<at>AdvisorBot</at>"),
                    ["mentioned"] = System.Text.Json.JsonSerializer.SerializeToElement(new { id = "28:bot" }),
                },
            },
        ],
    };

    [Fact]
    public async Task SendActivityAsync_Text_IsAddressedFromTheInboundActivity()
    {
        var inbound = Inbound();
        var turn = new TurnContext(inbound, _transport);

        await turn.SendActivityAsync("hello", _ct);

        var sent = Assert.Single(_transport.Activities);
        Assert.Equal(ActivityTypes.Message, sent.Type);
        Assert.Equal("hello", sent.Text);
        Assert.Same(inbound.Recipient, sent.From);
        Assert.Same(inbound.From, sent.Recipient);
        Assert.Same(inbound.Conversation, sent.Conversation);
        Assert.Equal("msteams", sent.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/amer/", sent.ServiceUrl);
        Assert.Equal("in-1", sent.ReplyToId);
        Assert.Equal("en-GB", sent.Locale);
    }

    [Fact]
    public async Task SendActivityAsync_BareActivity_IsAddressedFromTheInboundActivity()
    {
        var inbound = Inbound();
        var turn = new TurnContext(inbound, _transport);

        await turn.SendActivityAsync(new Activity { Text = "card below" }, _ct);

        var sent = Assert.Single(_transport.Activities);
        Assert.Equal(ActivityTypes.Message, sent.Type);
        Assert.Equal("28:bot", sent.From!.Id);
        Assert.Equal("29:ana", sent.Recipient!.Id);
        Assert.Equal("19:x@thread.skype", sent.Conversation!.Id);
        Assert.Equal("msteams", sent.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/amer/", sent.ServiceUrl);
        Assert.Equal("in-1", sent.ReplyToId);
    }

    [Fact]
    public async Task SendActivityAsync_FieldsAlreadySet_AreKept()
    {
        var turn = new TurnContext(Inbound(), _transport);
        var outgoing = new Activity
        {
            Type = ActivityTypes.Typing,
            Recipient = new ChannelAccount { Id = "29:bo" },
            Conversation = new ConversationAccount { Id = "other" },
            ReplyToId = "older",
        };

        await turn.SendActivityAsync(outgoing, _ct);

        var sent = Assert.Single(_transport.Activities);
        Assert.Equal(ActivityTypes.Typing, sent.Type);
        Assert.Equal("29:bo", sent.Recipient!.Id);
        Assert.Equal("other", sent.Conversation!.Id);
        Assert.Equal("older", sent.ReplyToId);
        Assert.Equal("28:bot", sent.From!.Id);
    }

    [Fact]
    public async Task SentCount_IncrementsWithEverySend()
    {
        var turn = new TurnContext(Inbound(), _transport);
        Assert.Equal(0, turn.SentCount);

        await turn.SendActivityAsync("one", _ct);
        await turn.SendActivityAsync(new Activity { Text = "two" }, _ct);
        await turn.SendTypingAsync(_ct);

        Assert.Equal(3, turn.SentCount);
        Assert.Equal(ActivityTypes.Typing, _transport.Activities[2].Type);
    }

    [Fact]
    public async Task SentCount_DoesNotIncrement_WhenTheTransportFails()
    {
        var turn = new TurnContext(Inbound(), new FailingTransport());

        await Assert.ThrowsAsync<HttpRequestException>(() => turn.SendActivityAsync("lost", _ct));

        Assert.Equal(0, turn.SentCount);
    }

    [Fact]
    public async Task UpdateActivityAsync_KeepsTheIdAndSetsNoReplyToId()
    {
        var turn = new TurnContext(Inbound(), _transport);

        await turn.UpdateActivityAsync(new Activity { Id = "out-7", Text = "edited" }, _ct);

        var sent = Assert.Single(_transport.Activities);
        Assert.Equal("out-7", sent.Id);
        Assert.Null(sent.ReplyToId);
        Assert.Equal("29:ana", sent.Recipient!.Id);
        Assert.Equal(0, turn.SentCount);
    }

    [Fact]
    public async Task UpdateActivityAsync_WithoutId_Throws()
    {
        var turn = new TurnContext(Inbound(), _transport);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => turn.UpdateActivityAsync(new Activity { Text = "edited" }, _ct));
        Assert.Empty(_transport.Activities);
    }

    [Fact]
    public void Text_IsTheInboundTextWithoutTheBotsMention()
    {
        var turn = new TurnContext(Inbound(), _transport);

        Assert.Equal("help", turn.Text);
    }

    [Fact]
    public void Reference_PointsAtTheInboundConversation()
    {
        var turn = new TurnContext(Inbound(), _transport);

        var reference = turn.Reference;

        Assert.Equal("in-1", reference.ActivityId);
        Assert.Equal("29:ana", reference.User!.Id);
        Assert.Equal("28:bot", reference.Bot!.Id);
        Assert.Equal("19:x@thread.skype", reference.Conversation!.Id);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/amer/", reference.ServiceUrl);
    }

    private sealed class FailingTransport : ITurnTransport
    {
        public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken ct) => throw new HttpRequestException("connector down");

        public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken ct) => throw new HttpRequestException("connector down");

        public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct) => Task.CompletedTask;

        public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken ct) => throw new HttpRequestException("connector down");
    }
}
