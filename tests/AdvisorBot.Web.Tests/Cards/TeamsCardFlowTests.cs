using System.Net;
using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Cards;

/// <summary>
/// A team decision in a Teams channel thread, answered with Universal Actions (Action.Execute invokes) through the
/// real HTTP pipeline: each invoke returns the refreshed question card; the next questions and, at the end, the
/// summary card at the channel's root go through the (loopback fake) Bot Connector.
/// </summary>
public sealed class TeamsCardFlowTests : IAsyncLifetime
{
    private const string Thread = "19:review@thread.skype;messageid=1700000000001";
    private const string Channel = "19:review@thread.skype";
    private FakeBotFrameworkCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await FakeBotFrameworkCloud.StartAsync();

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    private static readonly (string Question, string Ana, string Ben)[] Answers =
    [
        ("realtime", "yes", "no"),
        ("live-connections", "5", "2"),
        ("ml", "none", "central"),
        ("model-serving", "separate-service", "separate-service"),
        ("team-languages", "js", "python"),
        ("experience", "seasoned", "seasoned"),
        ("time-to-market", "mvp", "steady"),
        ("priority", "performance", "maintenance"),
        ("admin", "no", "yes"),
        ("peak-load", "5", "2"),
        ("architecture", "gateway,microservices", "monolith"),
        ("operations", "process-manager", "worker-pools"),
        ("typing", "strict", "hints"),
        ("polyglot", "no", "no"),
    ];

    /// <summary>Node.js wins for this team, so its follow-up comes next.</summary>
    private static readonly (string Question, string Ana, string Ben)[] NodeFrameworkAnswers =
    [
        ("nf-structure", "minimal", "full"),
        ("nf-team-size", "3", "3"),
        ("nf-middleware", "yes", "no"),
        ("nf-framework-experience", "express", "none"),
    ];

    [Fact]
    public async Task TeamDecision_AnsweredWithActionExecute_RefreshesCards_AndPostsTheSummaryIntoTheChannel()
    {
        using var bot = new BotApplication();
        var client = await bot.CreateReadyClientAsync();

        var start = await client.SendAsync(Activities.Post(Message("<at>AdvisorBot</at> decide", "Ana")));
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        var firstCard = Assert.Single(CardsPosted(), c => Texts(c).Contains("What will the backend spend most of its time doing?"));
        Assert.Contains("Action.Execute", firstCard.ToJsonString(), StringComparison.Ordinal);

        var refreshed = await ExecuteAsync(client, "Ana", "workload", choice: "io");
        Assert.True(Has(refreshed, "Answered: Ana: Serving many requests that mostly wait on I/O"), string.Join(" | ", Texts(refreshed)));

        foreach (var (question, ana, ben) in Answers)
        {
            var afterBen = await ExecuteAsync(client, "Ben", question, choice: ben);
            Assert.True(Has(afterBen, "Answered: ") && Has(afterBen, "Ben: "), $"{question}: {string.Join(" | ", Texts(afterBen))}");
            var afterAna = await ExecuteAsync(client, "Ana", question, choice: ana);
            Assert.True(Has(afterAna, "Ana: ") && Has(afterAna, "Ben: "), $"{question}: {string.Join(" | ", Texts(afterAna))}");
        }

        await ExecuteAsync(client, "Ana", "notes", note: "Hiring plan first.");
        await ExecuteAsync(client, "Ben", "notes", note: "Check the data team's view.");
        foreach (var (question, ana, ben) in NodeFrameworkAnswers)
        {
            await ExecuteAsync(client, "Ben", question, choice: ben, decision: "node-framework");
            await ExecuteAsync(client, "Ana", question, choice: ana, decision: "node-framework");
        }

        var rootPosts = _cloud.ConnectorCalls.Where(c => c.Method == "POST" && c.RawTarget == $"/connector/v3/conversations/{Uri.EscapeDataString(Channel)}/activities").ToList();
        Assert.Equal(2, rootPosts.Count);
        Assert.Contains("Express, Fastify or NestJS?", rootPosts[1].Body, StringComparison.Ordinal);
        var summary = rootPosts[0];
        var summaryCard = JsonNode.Parse(summary.Body)!["attachments"]![0]!["content"]!;
        var texts = Texts(summaryCard);
        Assert.Contains(texts, t => t.StartsWith("Recommendation: ", StringComparison.Ordinal));
        Assert.Contains("Where the team disagrees", texts);
        Assert.Contains("Ana: Hiring plan first.", texts);
        Assert.Null(JsonNode.Parse(summary.Body)!["replyToId"]);
        Assert.All(_cloud.ConnectorCalls.Where(c => !rootPosts.Contains(c)), c => Assert.Contains(Uri.EscapeDataString(Thread), c.RawTarget, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamSession_PostsOneCardPerQuestion_UpdatedInPlace_AndReadOnlyOnceClosed()
    {
        using var bot = new BotApplication();
        var client = await bot.CreateReadyClientAsync();
        await client.SendAsync(Activities.Post(Message("<at>AdvisorBot</at> decide", "Ana")));
        await ExecuteAsync(client, "Ana", "workload", choice: "io");
        await ExecuteAsync(client, "Ben", "realtime", choice: "no"); // Ben joins: the question now waits for Ana
        await ExecuteAsync(client, "Ana", "realtime", choice: "no");
        await ExecuteAsync(client, "Ben", "ml", choice: "none");
        await client.SendAsync(Activities.Post(Message("<at>AdvisorBot</at> status", "Ana")));
        await ExecuteAsync(client, "Ana", "ml", choice: "none");

        var posts = _cloud.ConnectorCalls.Where(c => c.Method == "POST").Select(c => (Call: c, Body: JsonNode.Parse(c.Body)!)).ToList();
        foreach (var prompt in new[] { "What will the backend spend most of its time doing?", "Does the product need real-time features", "How central are data science" })
        {
            var cards = posts.Where(p => Texts(p.Body["attachments"]).Any(t => t.StartsWith(prompt, StringComparison.Ordinal))).ToList();
            Assert.True(cards.Count == 1, $"\"{prompt}\" was posted {cards.Count} times");
        }

        var realtimeCardId = RealtimeCardId();
        var updates = _cloud.ConnectorCalls.Where(c => c.Method == "PUT" && c.RawTarget.EndsWith("/activities/" + realtimeCardId, StringComparison.Ordinal)).ToList();
        Assert.True(updates.Count >= 2, $"the real-time card was updated {updates.Count} times");
        var waiting = JsonNode.Parse(updates[0].Body)!["attachments"]![0]!["content"]!;
        Assert.True(Has(waiting, "Waiting for Ana"), string.Join(" | ", Texts(waiting)));
        var closed = JsonNode.Parse(updates[^1].Body)!["attachments"]![0]!["content"]!;
        Assert.True(Has(closed, "Answered: Ben: No; Ana: No") || Has(closed, "Answered: Ana: No; Ben: No"), string.Join(" | ", Texts(closed)));
        Assert.DoesNotContain("\"verb\":\"answer\"", closed.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(posts, p => p.Body["text"]?.GetValue<string>() == "Noted, Ben: No.");

        string RealtimeCardId()
        {
            var index = _cloud.ConnectorCalls.ToList().FindIndex(c => c.Method == "POST" && Texts(JsonNode.Parse(c.Body)!["attachments"]).Any(t => t.StartsWith("Does the product need real-time features", StringComparison.Ordinal)));
            return _cloud.ActivityIdOf(index);
        }
    }

    [Fact]
    public async Task UnknownCardAction_Gets400WithAnErrorBody()
    {
        using var bot = new BotApplication();
        var client = await bot.CreateReadyClientAsync();
        var invoke = Message(string.Empty, "Ana");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "explode", ["data"] = new JsonObject { ["x"] = 1 } } };

        var response = await client.SendAsync(Activities.Post(invoke));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.error", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!.GetValue<string>());
    }

    private async Task<JsonNode> ExecuteAsync(HttpClient client, string user, string question, string? choice = null, string? note = null, string decision = "node-or-python")
    {
        var data = new JsonObject { ["advisorbot"] = "answer", ["decision"] = decision, ["question"] = question };
        if (choice is not null)
        {
            data["choice"] = choice;
        }

        if (note is not null)
        {
            data["note"] = note;
        }

        var invoke = Message(string.Empty, user);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = data },
            ["trigger"] = "manual",
        };
        var response = await client.SendAsync(Activities.Post(invoke));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        return body["value"]!;
    }

    private JsonObject Message(string text, string user)
    {
        var activity = Activities.Message(text, _cloud.ServiceUrl, conversationId: Thread);
        activity["from"] = new JsonObject { ["id"] = $"29:{user.ToLowerInvariant()}", ["name"] = user };
        activity["conversation"]!["isGroup"] = true;
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>AdvisorBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:advisorbot", ["name"] = "AdvisorBot" },
        });
        return activity;
    }

    private List<JsonNode> CardsPosted() =>
    [
        .. _cloud.ConnectorCalls.Select(c => JsonNode.Parse(c.Body))
            .SelectMany(a => a?["attachments"]?.AsArray() ?? [])
            .Select(a => a!["content"]!),
    ];

    private static bool Has(JsonNode node, string text) => Texts(node).Any(t => t.Contains(text, StringComparison.Ordinal));

    private static List<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => [.. o.SelectMany(p => p.Key == "text" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Texts(p.Value))],
        JsonArray a => [.. a.SelectMany(Texts)],
        _ => [],
    };
}
