using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AdvisorBot.Web.Tests.DirectLine;

/// <summary>Direct Line 3.0 as Web Chat and botframework-directlinejs use it, over real HTTP and WebSockets on loopback.</summary>
public sealed class DirectLineProtocolTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private BotApplication _bot = null!;
    private DirectLineClient _client = null!;
    private Uri _address = null!;

    public Task InitializeAsync()
    {
        _bot = new BotApplication(services: s => s.AddSingleton<TimeProvider>(_time));
        _address = KestrelBot.Start(_bot);
        _client = new DirectLineClient(new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(30) });
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _client.Http.Dispose();
        _bot.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PostedActivity_IsEchoedWithItsClientActivityIdAndTheServerId_BeforeTheBotsReplies()
    {
        var (id, token) = await StartAsync();

        var posted = await _client.PostAsync(id, token, DirectLineClient.Message("help", "client-1"));

        var activities = await AllAsync(id, token);
        var echo = activities.Single(a => a["id"]!.GetValue<string>() == posted);
        Assert.Equal("client-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Equal("ana", echo["from"]!["id"]!.GetValue<string>());
        var replies = activities.SkipWhile(a => a != echo).Skip(1).ToList();
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.Equal("bot", r["from"]!["role"]!.GetValue<string>()));
        Assert.Contains(replies, r => r["attachments"]?.AsArray().Count == 1);
    }

    [Fact]
    public async Task ReconnectWithTheWatermark_ReplaysNothingTwice_AndLosesNothing()
    {
        var conversation = await _client.StartAsync();
        var (id, token) = (Id(conversation), conversation["token"]!.GetValue<string>());

        List<JsonObject> first;
        string? watermark;
        using (var socket = await ConnectAsync(conversation["streamUrl"]!.GetValue<string>()))
        {
            var helpId = await _client.PostAsync(id, token, DirectLineClient.Message("help", "client-1"));
            (first, watermark) = await DirectLineClient.ReadFramesAsync(socket, seen => seen.Any(a => IsReplyTo(a, helpId)), TimeSpan.FromSeconds(20));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        var missedId = await _client.PostAsync(id, token, DirectLineClient.Message("decide", "client-2"));
        var reconnect = await _client.SendAsync(HttpMethod.Get, $"/conversations/{id}?watermark={watermark}", token);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var streamUrl = (await reconnect.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!.GetValue<string>();

        List<JsonObject> second;
        using (var socket = await ConnectAsync(streamUrl))
        {
            var liveId = await _client.PostAsync(id, token, DirectLineClient.Message("status", "client-3"));
            (second, _) = await DirectLineClient.ReadFramesAsync(socket, seen => seen.Any(a => IsReplyTo(a, liveId)), TimeSpan.FromSeconds(20));
            Assert.Contains(second, a => a["id"]!.GetValue<string>() == missedId);
        }

        var all = DirectLineClient.Ids(await _client.ActivitiesAsync(id, token));
        var streamed = first.Concat(second).Select(a => a["id"]!.GetValue<string>()).ToList();
        Assert.Equal(streamed.Distinct().Count(), streamed.Count);
        Assert.Equal(all, streamed);
    }

    [Fact]
    public async Task PollingFromTheWatermark_ReturnsOnlyWhatCameAfterIt()
    {
        var (id, token) = await StartAsync();
        await _client.PostAsync(id, token, DirectLineClient.Message("help", "client-1"));
        var before = await _client.ActivitiesAsync(id, token);

        var second = await _client.PostAsync(id, token, DirectLineClient.Message("status", "client-2"));
        var after = await _client.ActivitiesAsync(id, token, before["watermark"]!.GetValue<string>());

        Assert.Equal(second, DirectLineClient.Ids(after)[0]);
        Assert.Empty(DirectLineClient.Ids(after).Intersect(DirectLineClient.Ids(before)));
        Assert.Empty(DirectLineClient.Ids(await _client.ActivitiesAsync(id, token, after["watermark"]!.GetValue<string>())));
    }

    [Theory]
    [InlineData("GET", "/conversations/nope")]
    [InlineData("GET", "/conversations/nope/activities")]
    [InlineData("POST", "/conversations/nope/activities")]
    public async Task UnknownConversation_Is404(string method, string path)
    {
        var response = await _client.SendAsync(new HttpMethod(method), path, null, method == "POST" ? DirectLineClient.Message("hi", "c") : null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No such conversation", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedExpiredOrForeignTokens_Are403_AndPostNothing()
    {
        var (id, token) = await StartAsync();
        var other = await _client.StartAsync(userId: "ben");
        var forged = token[..^3] + (token[^3] == 'A' ? "BBB" : "AAA");
        var before = DirectLineClient.Ids(await _client.ActivitiesAsync(id, token));

        foreach (var bad in new[] { forged, "not-a-token", other["token"]!.GetValue<string>() })
        {
            var response = await _client.SendAsync(HttpMethod.Post, $"/conversations/{id}/activities", bad, DirectLineClient.Message("decide", "c"));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(before, DirectLineClient.Ids(await _client.ActivitiesAsync(id, token)));
        _time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/conversations/{id}/activities", token)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", token)).StatusCode);
    }

    [Fact]
    public async Task RefreshedToken_ReachesTheSameConversation_AfterTheOldOneExpires()
    {
        var (id, token) = await StartAsync();
        _time.Advance(TimeSpan.FromMinutes(20));

        var refreshed = await (await _client.SendAsync(HttpMethod.Post, "/tokens/refresh", token)).Content.ReadFromJsonAsync<JsonObject>();
        _time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(id, Id(refreshed!));
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.SendAsync(HttpMethod.Get, $"/conversations/{id}/activities", token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(HttpMethod.Get, $"/conversations/{id}/activities", refreshed!["token"]!.GetValue<string>())).StatusCode);
    }

    [Fact]
    public async Task OversizedActivity_Is413_AndPostsNothing()
    {
        var (id, token) = await StartAsync();
        var before = DirectLineClient.Ids(await _client.ActivitiesAsync(id, token));

        var response = await _client.SendAsync(HttpMethod.Post, $"/conversations/{id}/activities", token, DirectLineClient.Message(new string('x', 300_000), "c"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, DirectLineClient.Ids(await _client.ActivitiesAsync(id, token)));
    }

    [Theory]
    [InlineData("{not json", "not a valid activity")]
    [InlineData("{\"text\":\"hi\"}", "no type")]
    public async Task MalformedActivity_Is400WithTheReason(string body, string reason)
    {
        var conversation = await _client.StartAsync();
        var request = DirectLineClient.Request(HttpMethod.Post, $"/conversations/{Id(conversation)}/activities", conversation["token"]!.GetValue<string>());
        request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await _client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardButtons_ArriveAsActionSubmit_NeverActionExecute()
    {
        var (id, token) = await StartAsync();

        await _client.PostAsync(id, token, DirectLineClient.Message("decide", "client-1"));

        var json = (await _client.ActivitiesAsync(id, token)).ToJsonString();
        Assert.Contains("application/vnd.microsoft.card.adaptive", json, StringComparison.Ordinal);
        Assert.Contains("\"Action.Submit\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.Execute", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_IsOneCard_AndAReprompt_IsStyledAsAWarning()
    {
        var (id, token) = await StartAsync();

        var help = await _client.PostAsync(id, token, DirectLineClient.Message("help", "client-1"));
        await _client.PostAsync(id, token, DirectLineClient.Message("decide", "client-2"));
        var wrong = await _client.PostAsync(id, token, DirectLineClient.Message("purple elephants", "client-3"));

        var activities = await AllAsync(id, token);
        var helpReply = Assert.Single(activities, a => IsReplyTo(a, help));
        Assert.Null(helpReply["text"]);
        Assert.Single(helpReply["attachments"]!.AsArray());
        var reprompt = Assert.Single(activities, a => IsReplyTo(a, wrong))["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("catch that", reprompt, StringComparison.Ordinal);
        Assert.Contains("\"color\":\"Attention\"", reprompt, StringComparison.Ordinal);
        Assert.DoesNotContain("\"color\":\"Good\"", reprompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextReplies_KeepTheirLineBreaks_AsParagraphs()
    {
        var (id, token) = await StartAsync();

        var posted = await _client.PostAsync(id, token, DirectLineClient.Message("decisions", "client-1"));

        var reply = (await AllAsync(id, token)).Single(a => IsReplyTo(a, posted));
        var text = reply["text"]!.GetValue<string>();
        Assert.Contains("Decisions I can guide:\n\n- node-or-python:", text, StringComparison.Ordinal);
        Assert.Equal("markdown", reply["textFormat"]!.GetValue<string>());
        Assert.DoesNotMatch(@"[^\n]\n[^\n]", text);
    }

    [Fact]
    public async Task StreamUrlWithABadToken_IsRefused()
    {
        var conversation = await _client.StartAsync();
        var streamUrl = conversation["streamUrl"]!.GetValue<string>();
        var bad = streamUrl[..(streamUrl.IndexOf("?t=", StringComparison.Ordinal) + 3)] + "forged";

        await Assert.ThrowsAsync<WebSocketException>(() => ConnectAsync(bad));
    }

    private async Task<(string Id, string Token)> StartAsync()
    {
        var conversation = await _client.StartAsync();
        return (Id(conversation), conversation["token"]!.GetValue<string>());
    }

    private async Task<List<JsonObject>> AllAsync(string id, string token) =>
        [.. (await _client.ActivitiesAsync(id, token))["activities"]!.AsArray().Select(a => a!.AsObject())];

    private static string Id(JsonObject conversation) => conversation["conversationId"]!.GetValue<string>();

    private static bool IsReplyTo(JsonObject activity, string id) => activity["replyToId"]?.GetValue<string>() == id;

    private static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        return socket;
    }
}
