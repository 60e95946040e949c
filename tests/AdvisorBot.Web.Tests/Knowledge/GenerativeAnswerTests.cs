using System.Net;
using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Knowledge;

/// <summary>Optional generative answers against a loopback server speaking the Azure OpenAI chat-completions API.</summary>
public sealed class GenerativeAnswerTests : IAsyncLifetime
{
    private FakeAzureOpenAI _openAI = null!;

    public async Task InitializeAsync() => _openAI = await FakeAzureOpenAI.StartAsync();

    public async Task DisposeAsync() => await _openAI.DisposeAsync();

    private BotApplication NewBot(double timeoutSeconds = 5) => new(new()
    {
        ["Cards:Mode"] = "text",
        ["Knowledge:AzureOpenAI:Endpoint"] = _openAI.Endpoint.AbsoluteUri,
        ["Knowledge:AzureOpenAI:Deployment"] = "advisor-gpt",
        ["Knowledge:AzureOpenAI:ApiKey"] = "test-key",
        ["Knowledge:AzureOpenAI:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [Fact]
    public async Task Configured_ComposesTheAnswerFromTheTopPassagesOnly_WithNumberedCitations()
    {
        using var bot = NewBot();
        var client = await bot.CreateReadyClientAsync();

        var reply = await AskAsync(client, "what is the GIL?");

        Assert.Contains("Node.js handles many connections on one event loop [1].", reply, StringComparison.Ordinal);
        Assert.Contains("phrased by Azure OpenAI from the cited passages", reply, StringComparison.Ordinal);
        var request = Assert.Single(_openAI.Requests);
        Assert.StartsWith("/openai/deployments/advisor-gpt/chat/completions?api-version=", request.Path, StringComparison.Ordinal);
        Assert.Equal("test-key", request.ApiKey);
        var messages = request.Body["messages"]!.AsArray();
        Assert.Contains("Use ONLY the numbered passages", messages[0]!["content"]!.ToString(), StringComparison.Ordinal);
        var user = messages[^1]!["content"]!.ToString();
        Assert.Contains("[1] (", user, StringComparison.Ordinal);
        Assert.Contains("Question: what is the GIL?", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ModelRefuses_WhenThePassagesDoNotSupportAnAnswer_TheBotSaysItsSourcesDontCoverIt()
    {
        _openAI.Reply = _ => "NO_ANSWER";
        using var bot = NewBot();

        var reply = await AskAsync(await bot.CreateReadyClientAsync(), "what is the GIL?");

        Assert.StartsWith("My sources don't cover that.", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeout")]
    [InlineData("error")]
    [InlineData("uncited")]
    public async Task TimeoutErrorOrUncitedReply_FallsBackToTheExtractiveAnswer(string failure)
    {
        switch (failure)
        {
            case "timeout": _openAI.Delay = TimeSpan.FromSeconds(10); break;
            case "error": _openAI.FailWithStatus = 500; break;
            default: _openAI.Reply = _ => "Node.js is simply better [7]."; break;
        }

        using var bot = NewBot(timeoutSeconds: 1);
        var client = await bot.CreateReadyClientAsync();
        var started = DateTime.UtcNow;

        var reply = await AskAsync(client, "what is the GIL?");

        Assert.DoesNotContain("phrased by Azure OpenAI", reply, StringComparison.Ordinal);
        Assert.Contains("Source: Node.js or Python backend FAQ › What is the GIL", reply, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(8), "the fallback must come well before the slow reply (10 s)");
    }

    private static async Task<string> AskAsync(HttpClient client, string question)
    {
        var activity = Activities.Message($"ask {question}", "http://127.0.0.1:9/", conversationId: "a:generative");
        activity["conversation"]!["conversationType"] = "personal";
        activity["deliveryMode"] = "expectReplies";
        var response = await client.SendAsync(Activities.Post(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]![0]!["text"]!.GetValue<string>();
    }
}
