using System.Net;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.BotFramework;

/// <summary>Teams redelivers an activity it thinks was lost, with the same id: the bot runs the turn once.</summary>
public sealed class RedeliveryTests : IAsyncLifetime
{
    private FakeBotFrameworkCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await FakeBotFrameworkCloud.StartAsync();

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task TheSameActivityPostedThreeTimes_ConcurrentlyOrInSequence_GetsOneSetOfReplies()
    {
        using var bot = new BotApplication();
        var client = await bot.CreateReadyClientAsync();
        var once = Activities.Message("decide", _cloud.ServiceUrl, conversationId: "a:once");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Activities.Post(once))).StatusCode);
        var oneSet = _cloud.ConnectorCalls.Count;
        Assert.True(oneSet > 0);

        var concurrent = Activities.Message("decide", _cloud.ServiceUrl, conversationId: "a:concurrent");
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.SendAsync(Activities.Post(concurrent))));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(2 * oneSet, _cloud.ConnectorCalls.Count);

        var sequential = Activities.Message("decide", _cloud.ServiceUrl, conversationId: "a:sequential");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Activities.Post(sequential))).StatusCode);
        }

        Assert.Equal(3 * oneSet, _cloud.ConnectorCalls.Count);
        Assert.Equal(3, _cloud.ConnectorCalls.Select(c => c.RawTarget.Split("/activities")[0]).Distinct().Count());
    }

    [Fact]
    public async Task AnActivityStampedByItsChannel_RedeliveredConcurrentlyAndLater_GetsOneSetOfReplies_WhileAnotherStampedTheSameInstantGetsItsOwn()
    {
        using var bot = new BotApplication();
        var client = await bot.CreateReadyClientAsync();
        var stamp = "2026-12-06T23:59:59.1234567+01:00";
        var once = Activities.Message("decide", _cloud.ServiceUrl, conversationId: "a:stamped-once");
        once["timestamp"] = stamp;
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Activities.Post(once))).StatusCode);
        var oneSet = _cloud.ConnectorCalls.Count;
        Assert.True(oneSet > 0);

        var stamped = Activities.Message("decide", _cloud.ServiceUrl, conversationId: "a:stamped");
        stamped["timestamp"] = stamp;
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.SendAsync(Activities.Post(stamped))));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Activities.Post(stamped))).StatusCode);

        Assert.Equal(2 * oneSet, _cloud.ConnectorCalls.Count);
    }

    [Fact]
    public async Task ARedeliveredExpectRepliesActivity_GetsNoRepliesTheSecondTime()
    {
        using var bot = new BotApplication();
        var client = await bot.CreateReadyClientAsync();
        var activity = Activities.Message("help", _cloud.ServiceUrl);
        activity["deliveryMode"] = "expectReplies";

        var first = await (await client.SendAsync(Activities.Post(activity))).Content.ReadAsStringAsync();
        var second = await (await client.SendAsync(Activities.Post(activity))).Content.ReadAsStringAsync();

        Assert.Contains("decide", first, StringComparison.Ordinal);
        Assert.Equal("""{"activities":[]}""", second);
    }
}
