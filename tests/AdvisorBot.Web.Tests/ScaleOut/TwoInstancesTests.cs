using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.TestSupport;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.ScaleOut;

/// <summary>
/// Two bot processes on different loopback ports sharing one PostgreSQL database (a fresh schema per test) and one
/// data folder, as two instances behind a load balancer: any instance takes any turn, nothing is lost or said twice,
/// and one dying leaves the conversation to the other. Local mode (no app id); replies go to a loopback Bot Connector.
/// </summary>
public sealed partial class TwoInstancesTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private TestSchema? _schema;
    private FakeBotFrameworkCloud? _cloud;
    private readonly string _dataPath = BotApplication.NewDataPath();
    private readonly List<BotInstance> _instances = [];

    private TestSchema Schema => _schema!;
    private FakeBotFrameworkCloud Cloud => _cloud!;

    public async Task InitializeAsync()
    {
        if (TestPostgres.Present)
        {
            _schema = new TestSchema();
            _cloud = await FakeBotFrameworkCloud.StartAsync();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (_cloud is not null)
        {
            await _cloud.DisposeAsync();
        }

        _schema?.Dispose();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    [PostgresFact]
    public async Task AlternatingTurnsOfOneDecision_KeepEveryAnswer_AndEachTurnAsksTheNextQuestionOnce()
    {
        var (a, b) = await StartTwoAsync();
        var readiness = await Task.WhenAll(a.ReadinessAsync(), b.ReadinessAsync());
        Assert.All(readiness, r => Assert.Matches("^[0-9a-f]{16}$", r["contentVersion"]!.GetValue<string>()));
        Assert.Equal(readiness[0]["contentVersion"]!.GetValue<string>(), readiness[1]["contentVersion"]!.GetValue<string>());

        const string conversation = "a:personal-alternating";
        var started = await SayAsync(a, conversation, "Ana", "decide", personal: true);
        Assert.Equal([1], Prompts(started).Select(p => p.Number));

        var asked = new List<(string Decision, int Number)>(Prompts(started));
        var turns = 0;
        while (true)
        {
            var replies = await SayAsync(turns % 2 == 0 ? b : a, conversation, "Ana", "1", personal: true);
            turns++;
            if (replies.Any(r => r.Contains("That's the decision made", StringComparison.Ordinal)))
            {
                Assert.Empty(Prompts(replies));
                break;
            }

            // Each answer, on whichever instance, moves the dialog exactly one question on.
            var prompt = Assert.Single(Prompts(replies));
            Assert.DoesNotContain(prompt, asked);
            asked.Add(prompt);
            Assert.True(turns < 60, "the decision should finish");
        }

        var session = Session($"dialog/msteams/{conversation}/29:ana");
        Assert.Equal(SessionStatus.Finished, session.Status);
        Assert.Equal(turns, session.Answers.Count);
        Assert.Equal(asked.Count, turns);
    }

    [PostgresFact]
    public async Task ATeamAnsweringAtOnceOnBothInstances_KeepsEveryMembersAnswer_AndEachTurnRepliesOnce()
    {
        var (a, b) = await StartTwoAsync();
        for (var round = 0; round < 4; round++)
        {
            var channel = $"19:team-{round}@thread.skype";
            await SayAsync(a, channel, "Ana", "decide");
            await SayAsync(b, channel, "Ana", "1");

            // Ana, Ben and Cy answer the second question at the same moment, through both instances.
            var answers = await Task.WhenAll(
                SayAsync(a, channel, "Ana", "yes"), SayAsync(b, channel, "Ben", "no"), SayAsync(round % 2 == 0 ? a : b, channel, "Cy", "no"));

            Assert.All(answers, replies => Assert.Single(replies));
            var realtime = Session($"dialog/msteams/{channel}").Answers.Where(x => x.QuestionId == "realtime").ToList();
            Assert.Equal(["29:ana", "29:ben", "29:cy"], realtime.Select(x => x.MemberId).Order(StringComparer.Ordinal));
            Assert.Equal(["no", "no", "yes"], realtime.Select(x => x.Choices.Single()).Order(StringComparer.Ordinal));
        }
    }

    [PostgresFact]
    public async Task TheSameActivityDeliveredToBothInstancesAtOnce_RunsOneTurn()
    {
        var (a, b) = await StartTwoAsync();
        var once = await SayAsync(a, "19:single@thread.skype", "Ana", "decide");

        var activity = Message("19:double@thread.skype", "Ana", "decide", personal: false);
        var responses = await Task.WhenAll(a.Http.SendAsync(Activities.Post(activity)), b.Http.SendAsync(Activities.Post(activity)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(once.Count, RepliesTo(activity["id"]!.GetValue<string>()).Count);
        Assert.Empty(Session("dialog/msteams/19:double@thread.skype").Answers);
        Assert.Single(Session("dialog/msteams/19:double@thread.skype").Members);
    }

    [PostgresFact]
    public async Task AnInstanceKilledMidTurn_TheConversationGoesOnOnTheOther_WithTheAnswerItTookKept()
    {
        var (a, b) = await StartTwoAsync();
        const string conversation = "a:personal-killed";
        await SayAsync(a, conversation, "Ana", "decide", personal: true);
        Assert.Equal(2, Assert.Single(Prompts(await SayAsync(b, conversation, "Ana", "1", personal: true))).Number);

        // Instance A takes the answer to question 2 and is killed while its reply is on the way.
        Cloud.HoldReplies = true;
        var inFlight = a.Http.SendAsync(Activities.Post(Message(conversation, "Ana", "1", personal: true)));
        await Loopback.EventuallyAsync(() => Cloud.HeldReplies > 0, seconds: 30);
        Assert.True(Cloud.HeldReplies > 0, "instance A should have been replying when it was killed");
        await a.KillAsync();
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => inFlight);
        Cloud.HoldReplies = false;

        // The person answers the question A had asked; B, which never saw question 2's answer, goes on from the database.
        var next = Assert.Single(Prompts(await SayAsync(b, conversation, "Ana", "1", personal: true)));

        Assert.Equal(4, next.Number);
        var session = Session($"dialog/msteams/{conversation}/29:ana");
        Assert.Equal(3, session.Answers.Count);
        Assert.Equal(SessionStatus.Active, session.Status);
    }

    [PostgresFact]
    public async Task SlackEventsEachDeliveredToBothInstances_AreAnsweredExactlyOnceEach()
    {
        await using var slack = await FakeSlack.StartAsync();
        var (a, b) = await StartTwoAsync(new()
        {
            ["Slack__BotToken"] = "xoxb-test-token",
            ["Slack__SigningSecret"] = SlackSigned.Secret,
            ["Slack__ApiBaseUrl"] = slack.ApiBaseUrl,
        });
        var events = Enumerable.Range(0, 4).Select(i => (Id: $"Ev-both-{i}", Channel: $"C0BOTH{i}")).ToList();

        foreach (var (id, channel) in events)
        {
            var body = SlackSigned.Mention(id, "what is the GIL?", channel: channel);
            var acks = await Task.WhenAll(
                a.Http.SendAsync(await SlackSigned.RequestAsync("/api/slack/events", body, "application/json")),
                b.Http.SendAsync(await SlackSigned.RequestAsync("/api/slack/events", body, "application/json")));
            Assert.All(acks, ack => Assert.Equal(HttpStatusCode.OK, ack.StatusCode));
        }

        // Done rows are final: once every accepted event is done, no instance can answer any of them again.
        long Done() => (long)Schema.Scalar("SELECT count(*) FROM outbox WHERE done_at IS NOT NULL")!;
        await Loopback.EventuallyAsync(() => Done() == events.Count, seconds: 60);

        Assert.Equal((long)events.Count, Done());
        Assert.Equal((long)events.Count, (long)Schema.Scalar("SELECT count(*) FROM outbox")!);
        var posted = slack.Calls.Where(c => c.Method == "chat.postMessage" && c.Completed).ToList();
        Assert.Equal(events.Select(e => e.Channel).Order(), posted.Select(c => c.Body["channel"]!.GetValue<string>()).Order());
        Assert.All(posted, c => Assert.Contains("global interpreter lock", c.Body.ToJsonString(), StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task AWebChatStreamOnOneInstance_GetsTheRepliesToWhatWasPostedThroughTheOther()
    {
        const string secret = "dl-secret-shared-by-both-instances";
        var (a, b) = await StartTwoAsync(new() { ["DirectLine__Secret"] = secret });
        var conversation = await new DirectLineClient(a.Http).StartAsync(secret);
        var (id, token) = (conversation["conversationId"]!.GetValue<string>(), conversation["token"]!.GetValue<string>());
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(conversation["streamUrl"]!.GetValue<string>()), CancellationToken.None);

        var posted = await new DirectLineClient(b.Http).PostAsync(id, token, DirectLineClient.Message("decide", "client-1"));
        var (seen, _) = await DirectLineClient.ReadFramesAsync(socket, activities => activities.Any(x => Strings(x).Any(t => t.Contains("Question 1 of", StringComparison.Ordinal))), TimeSpan.FromSeconds(30));

        Assert.Contains(seen, x => x["id"]!.GetValue<string>() == posted);
        Assert.Contains(seen, x => x["from"]!["role"]!.GetValue<string>() == "bot" && Strings(x).Any(t => t.Contains("Question 1 of", StringComparison.Ordinal)));
        Assert.Equal(seen.Count, seen.Select(x => x["id"]!.GetValue<string>()).Distinct().Count());
    }

    private async Task<(BotInstance A, BotInstance B)> StartTwoAsync(Dictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["State__Provider"] = "Postgres",
            ["ConnectionStrings__State"] = Schema.ConnectionString,
            ["State__DataPath"] = _dataPath,
            ["Knowledge__IndexPath"] = SharedKnowledge.IndexPath,
            // Words alone: these tests are about state, and two more copies of the model would only slow the run.
            ["Knowledge__Embeddings__Model"] = "none",
        };
        foreach (var (key, value) in extra ?? [])
        {
            environment[key] = value;
        }

        var started = await Task.WhenAll(BotInstance.StartAsync(environment), BotInstance.StartAsync(environment));
        _instances.AddRange(started);
        return (started[0], started[1]);
    }

    private JsonObject Message(string conversation, string user, string text, bool personal)
    {
        var activity = Activities.Message(text, Cloud.ServiceUrl, conversationId: conversation);
        activity["from"] = new JsonObject { ["id"] = $"29:{user.ToLowerInvariant()}", ["name"] = user };
        activity["conversation"]!["conversationType"] = personal ? "personal" : "channel";
        activity["conversation"]!["isGroup"] = !personal;
        return activity;
    }

    /// <summary>Sends one message and returns the bodies of the replies the turn posted to the Bot Connector.</summary>
    private async Task<IReadOnlyList<string>> SayAsync(BotInstance instance, string conversation, string user, string text, bool personal = false)
    {
        var activity = Message(conversation, user, text, personal);
        var response = await instance.Http.SendAsync(Activities.Post(activity));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}\n{instance.Output}");
        return RepliesTo(activity["id"]!.GetValue<string>());
    }

    /// <summary>The replies posted to an activity, each as the text of every string in its JSON (card text included).</summary>
    private List<string> RepliesTo(string activityId) =>
        [.. Cloud.ConnectorCalls.Where(c => c.Method == "POST" && c.RawTarget.EndsWith($"/activities/{activityId}", StringComparison.Ordinal))
            .Select(c => string.Join('\n', Strings(JsonNode.Parse(c.Body))))];

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    /// <summary>The questions the replies ask: (decision, number).</summary>
    private static List<(string Decision, int Number)> Prompts(IEnumerable<string> replies) =>
        [.. replies.SelectMany(r => PromptPattern().Matches(r)).Select(m => (m.Groups["decision"].Value, int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture))).Distinct()];

    private DialogSession Session(string key) =>
        JsonSerializer.Deserialize<DialogSession>((string)Schema.Scalar($"SELECT value FROM state WHERE key = '{key.Replace("'", "''", StringComparison.Ordinal)}'")!, Json)!;

    [GeneratedRegex(@"Question (?<n>\d+) of (?:about )?\d+ · (?<decision>[^\n]+)")]
    private static partial Regex PromptPattern();
}
