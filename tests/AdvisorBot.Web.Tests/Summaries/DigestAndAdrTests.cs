using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Summaries;

/// <summary>The design-review digest and the ADR export: by command, and through the API-key protected endpoints.</summary>
public sealed class DigestAndAdrTests : IAsyncLifetime
{
    private const string Key = "digest-test-key";
    private const string Conversation = "a:review";
    private static readonly string[] NodePath = ["decide", "1", "yes", "5", "none", "typescript", "senior", "mvp", "performance", "no", "5", "gateway, microservices", "pm2", "strict", "no", "skip", "a lot", "about 15 developers", "no", "none"];
    private FakeBotFrameworkCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await FakeBotFrameworkCloud.StartAsync();

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    private BotApplication NewBot() => new(new() { ["Cards:Mode"] = "text", ["Digest:ApiKey"] = Key });

    [Fact]
    public async Task SummaryAndAdrCommands_ReportWhatHappenedInTheConversation()
    {
        using var bot = NewBot();
        var client = await bot.CreateReadyClientAsync();
        Assert.Contains("Nothing yet", await SayAsync(client, "summary"), StringComparison.Ordinal);
        await RunNodeDecisionAsync(client);
        await SayAsync(client, "what is the GIL?");
        await SayAsync(client, "how do I bake sourdough bread?");

        var digest = await SayAsync(client, "summary");
        var adr = await SayAsync(client, "adr");

        Assert.Contains("- Node.js or Python for our backend?: Node.js (NestJS) (personal", digest, StringComparison.Ordinal);
        Assert.Contains("- Answered: what is the GIL?", digest, StringComparison.Ordinal);
        Assert.Contains("- Not covered by my sources: how do I bake sourdough bread?", digest, StringComparison.Ordinal);
        Assert.StartsWith("# ADR: Node.js or Python for our backend? → Node.js / NestJS", adr, StringComparison.Ordinal);
        Assert.Contains("| Criterion | Answer | Effect | Evidence |", adr, StringComparison.Ordinal);
        Assert.Contains("- Content version: node-or-python.yaml @ ", adr, StringComparison.Ordinal);
        Assert.Contains("000_8dcc6d59ae8f735f.txt", adr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task DigestEndpoint_WithoutTheKey_Gets401_AndPostsNothing(string? key)
    {
        using var bot = NewBot();
        var client = await bot.CreateReadyClientAsync();

        var response = await PostDigestAsync(client, new { channelId = "msteams", conversationId = Conversation, target = "conversation" }, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_cloud.ConnectorCalls);
        Assert.Empty(_cloud.WebhookCalls);
    }

    [Fact]
    public async Task DigestEndpoint_PostsToTheStoredConversation_AndToTeamsAndSlackWebhooks()
    {
        using var bot = NewBot();
        var client = await bot.CreateReadyClientAsync();
        await SayAsync(client, "what is the GIL?");

        var toConversation = await PostDigestAsync(client, new { channelId = "msteams", conversationId = Conversation, target = "conversation" }, Key);
        var toTeams = await PostDigestAsync(client, new { channelId = "msteams", conversationId = Conversation, target = "teamsWebhook", webhookUrl = _cloud.WebhookUrl("teams") }, Key);
        var toSlack = await PostDigestAsync(client, new { channelId = "msteams", conversationId = Conversation, target = "slackWebhook", webhookUrl = _cloud.WebhookUrl("slack") }, Key);

        Assert.Equal(HttpStatusCode.Accepted, toConversation.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, toTeams.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, toSlack.StatusCode);
        var posted = _cloud.ConnectorCalls[^1];
        Assert.Equal($"/connector/v3/conversations/{Uri.EscapeDataString(Conversation)}/activities", posted.RawTarget);
        Assert.Contains("Design-review digest", posted.Body, StringComparison.Ordinal);
        var teams = JsonNode.Parse(_cloud.WebhookCalls.Single(c => c.RawTarget.EndsWith("teams", StringComparison.Ordinal)).Body)!;
        Assert.Equal("message", teams["type"]!.GetValue<string>());
        Assert.Null(teams["attachments"]![0]!["contentUrl"]);
        Assert.Equal("AdaptiveCard", teams["attachments"]![0]!["content"]!["type"]!.GetValue<string>());
        var slack = JsonNode.Parse(_cloud.WebhookCalls.Single(c => c.RawTarget.EndsWith("slack", StringComparison.Ordinal)).Body)!;
        Assert.Equal("header", slack["blocks"]![0]!["type"]!.GetValue<string>());
        Assert.Contains("what is the GIL?", slack.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestEndpoint_RefusesAPlainHttpWebhookOnAnotherHost()
    {
        using var bot = NewBot();
        var client = await bot.CreateReadyClientAsync();

        var response = await PostDigestAsync(client, new { channelId = "msteams", conversationId = Conversation, target = "slackWebhook", webhookUrl = "http://hooks.example.com/x" }, Key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_cloud.WebhookCalls);
    }

    [Fact]
    public async Task AdrEndpoint_ReturnsMarkdown_ForTheLatestDecision()
    {
        using var bot = NewBot();
        var client = await bot.CreateReadyClientAsync();
        await RunNodeDecisionAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/decisions/adr?channelId=msteams&conversationId={Uri.EscapeDataString(Conversation)}");
        request.Headers.Add("X-Api-Key", Key);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("# ADR: Node.js or Python for our backend? → Node.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task RunNodeDecisionAsync(HttpClient client)
    {
        foreach (var text in NodePath)
        {
            await SayAsync(client, text);
        }
    }

    private async Task<string> SayAsync(HttpClient client, string text)
    {
        var activity = Activities.Message(text, _cloud.ServiceUrl, conversationId: Conversation);
        activity["conversation"]!["conversationType"] = "personal";
        activity["deliveryMode"] = "expectReplies";
        var response = await client.SendAsync(Activities.Post(activity));
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return string.Join("\n", body["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>()));
    }

    private static async Task<HttpResponseMessage> PostDigestAsync(HttpClient client, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/digest") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }
}
