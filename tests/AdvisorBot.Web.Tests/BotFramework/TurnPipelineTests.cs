using System.Net;
using System.Text.Json.Nodes;
using AdvisorBot.Core.Help;
using AdvisorBot.Core.Turns;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.BotFramework;

/// <summary>The turn pipeline through the real host: expectReplies, invokes, retries, the error boundary.</summary>
public sealed class TurnPipelineTests : IAsyncLifetime
{
    private FakeBotFrameworkCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await FakeBotFrameworkCloud.StartAsync();

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task ExpectReplies_ReturnsTheRepliesInTheBody_AndPostsNothing()
    {
        using var bot = new BotApplication();
        var activity = Activities.Message("help", _cloud.ServiceUrl);
        activity["deliveryMode"] = "expectReplies";

        var response = await bot.CreateClient().SendAsync(Activities.Post(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var reply = Assert.Single(body["activities"]!.AsArray())!;
        Assert.Equal("message", reply["type"]!.GetValue<string>());
        Assert.Contains("decide", reply["attachments"]![0]!["content"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("29:user-ana", reply["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal(activity["id"]!.GetValue<string>(), reply["replyToId"]!.GetValue<string>());
        Assert.Empty(_cloud.ConnectorCalls);
    }

    [Fact]
    public async Task Invoke_ReturnsItsStatusAndBody()
    {
        using var bot = new BotApplication();
        var invoke = Activities.Message("", _cloud.ServiceUrl);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "help" } };

        var response = await bot.CreateClient().SendAsync(Activities.Post(invoke));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
        Assert.Empty(_cloud.ConnectorCalls);
    }

    [Fact]
    public async Task Invoke_WithAnUnknownVerb_Returns400WithAnErrorBody()
    {
        using var bot = new BotApplication();
        var invoke = Activities.Message("", _cloud.ServiceUrl);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "launchRockets" } };

        var response = await bot.CreateClient().SendAsync(Activities.Post(invoke));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invoke_NobodyHandles_Answers400NamingIt()
    {
        using var bot = new BotApplication();
        var invoke = Activities.Message("", _cloud.ServiceUrl);
        invoke["type"] = "invoke";
        invoke["name"] = "composeExtension/query";

        var response = await bot.CreateClient().SendAsync(Activities.Post(invoke));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("composeExtension/query", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connector429WithRetryAfter_ThenSuccess_DeliversTheReplyExactlyOnce()
    {
        using var bot = new BotApplication();
        _cloud.Plan(new PlannedResponse(429, RetryAfter: "1"));

        var started = DateTime.UtcNow;
        var response = await bot.CreateClient().SendAsync(Activities.Post(Activities.Message("hello", _cloud.ServiceUrl)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = _cloud.ConnectorCalls;
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Body, calls[1].Body);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.9), "the retry must wait for Retry-After");
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task TransientConnectorStatus_IsRetried(int status)
    {
        using var bot = new BotApplication();
        _cloud.Plan(new PlannedResponse(status));

        var response = await bot.CreateClient().SendAsync(Activities.Post(Activities.Message("hello", _cloud.ServiceUrl)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _cloud.ConnectorCalls.Count);
    }

    [Fact]
    public async Task ConnectorRejectingTheReply_IsNotRetried_AndTheActivityIsStillAcknowledged()
    {
        using var bot = new BotApplication();
        _cloud.Plan(new PlannedResponse(400, Body: """{"error":{"code":"BadArgument","message":"secret internals"}}"""));

        var response = await bot.CreateClient().SendAsync(Activities.Post(Activities.Message("hello", _cloud.ServiceUrl)));

        // The turn ran; its reply was refused. A 5xx would only make the channel deliver the activity again.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("secret internals", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(_cloud.ConnectorCalls);
    }

    [Fact]
    public async Task UnreachableServiceUrl_IsLogged_AndAnswered200NotA500()
    {
        using var bot = new BotApplication();

        var response = await bot.CreateClient().SendAsync(Activities.Post(Activities.Message("help", "http://127.0.0.1:1/")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LocalMode_SendsNoToken_AndRefusesToPostToANonLoopbackServiceUrl()
    {
        using var bot = new BotApplication();

        var local = await bot.CreateClient().SendAsync(Activities.Post(Activities.Message("hello", _cloud.ServiceUrl)));
        var remote = await bot.CreateClient().SendAsync(Activities.Post(Activities.Message("hello", "https://smba.trafficmanager.net/amer/")));

        Assert.Equal(HttpStatusCode.OK, local.StatusCode);
        Assert.Equal(string.Empty, Assert.Single(_cloud.ConnectorCalls).Authorization);
        Assert.Equal(HttpStatusCode.BadRequest, remote.StatusCode);
        Assert.Contains("local mode", await remote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainMessage_GetsTheShortIntroductionListingTheCommands()
    {
        using var bot = new BotApplication();
        var activity = Activities.Message("hello there", _cloud.ServiceUrl);
        activity["deliveryMode"] = "expectReplies";

        var response = await bot.CreateClient().SendAsync(Activities.Post(activity));

        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]![0]!;
        var text = reply["text"]!.GetValue<string>();
        foreach (var (command, _) in BotIntroduction.Commands)
        {
            Assert.Contains(command, text, StringComparison.Ordinal);
        }

        Assert.NotEqual("hello there", text);
        Assert.Null(reply["attachments"]);
    }
}
