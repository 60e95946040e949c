using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.Help;
using AdvisorBot.Core.Tests.Fakes;

namespace AdvisorBot.Core.Tests.Conversations;

public sealed class WelcomeHandlerTests
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task HandleAsync_BotAdded_SendsOneWelcome()
    {
        var (turn, transport) = Activities.Turn(Activities.MembersAdded(Activities.BotId));

        await WelcomeHandler.HandleAsync(turn, _ct);

        var welcome = Assert.Single(transport.Activities);
        Assert.Equal(BotIntroduction.Welcome, welcome.Text);
        Assert.Equal(Activities.ConversationId, welcome.Conversation!.Id);
        Assert.Equal(Activities.BotId, welcome.From!.Id);
    }

    [Fact]
    public async Task HandleAsync_BotAddedWithOthers_SendsOneWelcome()
    {
        var (turn, transport) = Activities.Turn(Activities.MembersAdded("29:bo", Activities.BotId, "29:cy"));

        await WelcomeHandler.HandleAsync(turn, _ct);

        Assert.Equal(BotIntroduction.Welcome, Assert.Single(transport.Activities).Text);
    }

    [Fact]
    public async Task HandleAsync_AnotherMemberAdded_SendsNothing()
    {
        var (turn, transport) = Activities.Turn(Activities.MembersAdded("29:bo"));

        await WelcomeHandler.HandleAsync(turn, _ct);

        Assert.Empty(transport.Activities);
    }

    [Fact]
    public async Task HandleAsync_NoMembersAdded_SendsNothing()
    {
        var activity = Activities.MembersAdded();
        activity.MembersAdded = null;
        activity.MembersRemoved = [new() { Id = Activities.BotId }];
        var (turn, transport) = Activities.Turn(activity);

        await WelcomeHandler.HandleAsync(turn, _ct);

        Assert.Empty(transport.Activities);
    }

    [Fact]
    public async Task HandleAsync_NoRecipient_SendsNothing()
    {
        var activity = Activities.MembersAdded(Activities.BotId);
        activity.Recipient = null;
        var (turn, transport) = Activities.Turn(activity);

        await WelcomeHandler.HandleAsync(turn, _ct);

        Assert.Empty(transport.Activities);
    }
}
