using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Tests.Fakes;
using AdvisorBot.Core.Turns;

namespace AdvisorBot.Core.Tests.Turns;

public sealed class ActivityRouterTests
{
    private readonly CancellationToken _ct = CancellationToken.None;
    private readonly List<string> _ran = [];

    private TurnHandler Silent(string name) => (_, _) =>
    {
        _ran.Add(name);
        return Task.CompletedTask;
    };

    private TurnHandler Replying(string name) => async (turn, ct) =>
    {
        _ran.Add(name);
        await turn.SendActivityAsync(name, ct);
    };

    [Fact]
    public async Task RouteAsync_Message_RunsTheOneMessageHandler()
    {
        var router = new ActivityRouter().OnMessage(Replying("dispatcher"));
        var (turn, transport) = Activities.Turn(Activities.Message("hi"));

        await router.RouteAsync(turn, _ct);

        Assert.Equal(["dispatcher"], _ran);
        Assert.Equal("dispatcher", Assert.Single(transport.Activities).Text);
    }

    [Fact]
    public void OnMessage_ASecondHandler_IsRefused()
    {
        var router = new ActivityRouter().OnMessage(Silent("a"));

        var error = Assert.Throws<InvalidOperationException>(() => router.OnMessage(Silent("b")));

        Assert.Contains("one handler", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteAsync_ConversationUpdate_RunsEveryHandler_EvenAfterOneSends()
    {
        var router = new ActivityRouter()
            .OnConversationUpdate(Replying("a")).OnConversationUpdate(Replying("b")).OnConversationUpdate(Silent("c"))
            .OnMessage(Silent("message"));
        var (turn, transport) = Activities.Turn(Activities.MembersAdded("29:bo"));

        await router.RouteAsync(turn, _ct);

        Assert.Equal(["a", "b", "c"], _ran);
        Assert.Equal(2, transport.Activities.Count);
    }

    [Fact]
    public async Task RouteAsync_Message_DoesNotRunConversationUpdateHandlers()
    {
        var router = new ActivityRouter().OnConversationUpdate(Silent("update")).OnMessage(Silent("message"));
        var (turn, _) = Activities.Turn(Activities.Message("hi"));

        await router.RouteAsync(turn, _ct);

        Assert.Equal(["message"], _ran);
    }

    [Fact]
    public async Task RouteAsync_InvokeByName_SetsTheInvokeResponse()
    {
        var router = new ActivityRouter()
            .OnInvoke("adaptiveCard/action", (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(200, "card")))
            .OnInvoke("task/fetch", (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(200, "task")));
        var (turn, _) = Activities.Turn(Activities.Invoke("adaptiveCard/action"));

        await router.RouteAsync(turn, _ct);

        Assert.Equal(new InvokeResponse(200, "card"), turn.InvokeResponse);
    }

    [Fact]
    public async Task RouteAsync_InvokeName_IsMatchedIgnoringCase()
    {
        var router = new ActivityRouter().OnInvoke("adaptiveCard/action", (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(200)));
        var (turn, _) = Activities.Turn(Activities.Invoke("ADAPTIVECARD/ACTION"));

        await router.RouteAsync(turn, _ct);

        Assert.Equal(200, turn.InvokeResponse!.Status);
    }

    [Fact]
    public async Task RouteAsync_UnregisteredInvoke_LeavesInvokeResponseNull_AndRunsNoHandler()
    {
        var router = new ActivityRouter()
            .OnInvoke("adaptiveCard/action", (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(200)))
            .OnMessage(Replying("message"))
            .OnEvent("composeExtension/query", Silent("event"));
        var (turn, transport) = Activities.Turn(Activities.Invoke("composeExtension/query"));

        await router.RouteAsync(turn, _ct);

        Assert.Null(turn.InvokeResponse);
        Assert.Empty(_ran);
        Assert.Empty(transport.Activities);
    }

    [Fact]
    public async Task RouteAsync_InvokeWithoutName_LeavesInvokeResponseNull()
    {
        var router = new ActivityRouter().OnInvoke("adaptiveCard/action", (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(200)));
        var (turn, _) = Activities.Turn(Activities.Inbound(ActivityTypes.Invoke));

        await router.RouteAsync(turn, _ct);

        Assert.Null(turn.InvokeResponse);
    }

    [Fact]
    public async Task OnInvoke_SameNameTwice_TheLaterHandlerWins()
    {
        var router = new ActivityRouter()
            .OnInvoke("adaptiveCard/action", (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(200, "first")))
            .OnInvoke("adaptiveCard/action", (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(200, "second")));
        var (turn, _) = Activities.Turn(Activities.Invoke("adaptiveCard/action"));

        await router.RouteAsync(turn, _ct);

        Assert.Equal("second", turn.InvokeResponse!.Body);
    }

    [Fact]
    public async Task RouteAsync_EventByName_RunsOnlyThatEventsHandler()
    {
        var router = new ActivityRouter().OnEvent("digest/post", Silent("digest")).OnEvent("other", Silent("other")).OnMessage(Silent("message"));
        var (turn, _) = Activities.Turn(Activities.Event("Digest/Post"));

        await router.RouteAsync(turn, _ct);

        Assert.Equal(["digest"], _ran);
    }

    [Fact]
    public async Task RouteAsync_UnregisteredEvent_RunsNothing()
    {
        var router = new ActivityRouter().OnEvent("digest/post", Silent("digest"));
        var (turn, _) = Activities.Turn(Activities.Event("something/else"));

        await router.RouteAsync(turn, _ct);

        Assert.Empty(_ran);
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.MessageReaction)]
    [InlineData(ActivityTypes.InstallationUpdate)]
    public async Task RouteAsync_OtherActivityTypes_RunNoHandler(string type)
    {
        var router = new ActivityRouter().OnMessage(Silent("message")).OnConversationUpdate(Silent("update")).OnEvent("x", Silent("event"));
        var (turn, _) = Activities.Turn(Activities.Inbound(type));

        await router.RouteAsync(turn, _ct);

        Assert.Empty(_ran);
    }

    [Fact]
    public async Task RouteAsync_PassesTheSameTurnToTheHandler()
    {
        TurnContext? seen = null;
        var router = new ActivityRouter().OnMessage((turn, _) =>
        {
            seen = turn;
            return Task.CompletedTask;
        });
        var (turn, _) = Activities.Turn(Activities.Message("hi"));

        await router.RouteAsync(turn, _ct);

        Assert.Same(turn, seen);
    }
}
