using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdvisorBot.Channels.Outbox;
using AdvisorBot.TestSupport;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AdvisorBot.Web.Tests.Telemetry;

/// <summary>
/// The "AdvisorBot" meter read as a collector would: turns by kind and channel with their latency, answers against
/// abstentions, retried Connector calls, the outbox depth; the OTLP export when an endpoint is set, and none without.
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private const string LocalServiceUrl = "http://127.0.0.1:9/";
    private FakeBotFrameworkCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await FakeBotFrameworkCloud.StartAsync();

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task Turns_CountByKindAndChannel_AndQuestions_CountAsAnsweredOrAbstained()
    {
        using var bot = new BotApplication(new() { ["Cards:Mode"] = "text" });
        var client = await bot.CreateReadyClientAsync();
        using var recorder = new MeterRecorder(bot.Services);

        await SendAsync(client, ConversationUpdate());
        await SendAsync(client, Personal("help"));
        var answered = await SendAsync(client, Personal("what is the GIL?"));
        var declined = await SendAsync(client, Personal("how do I bake sourdough bread?"));

        Assert.DoesNotContain("don't cover", answered, StringComparison.Ordinal);
        Assert.Contains("don't cover", declined, StringComparison.Ordinal);
        Assert.Equal(3, recorder.Sum("advisorbot.turns", ("kind", "message"), ("channel", "emulator")));
        Assert.Equal(1, recorder.Sum("advisorbot.turns", ("kind", "conversationUpdate"), ("channel", "emulator")));
        Assert.Equal(4, recorder.Count("advisorbot.turn.duration"));
        Assert.All(recorder.All.Where(m => m.Instrument == "advisorbot.turn.duration"), m => Assert.InRange(m.Value, 0, 30));
        Assert.Equal(1, recorder.Sum("advisorbot.answers", ("outcome", "answered")));
        Assert.Equal(1, recorder.Sum("advisorbot.answers", ("outcome", "abstained")));
        Assert.Equal(0, recorder.Count("advisorbot.turn.errors"));
    }

    [Fact]
    public async Task AnActivityTypeOrChannelTheBotDoesNotKnow_CountsAsOther()
    {
        using var bot = new BotApplication(new() { ["Cards:Mode"] = "text" });
        var client = await bot.CreateReadyClientAsync();
        using var recorder = new MeterRecorder(bot.Services);
        var odd = Personal("help");
        odd["channelId"] = "made-up-" + Guid.NewGuid().ToString("N");

        await SendAsync(client, odd);

        Assert.Equal(1, recorder.Sum("advisorbot.turns", ("kind", "message"), ("channel", "other")));
        Assert.DoesNotContain(recorder.All, m => m.Tags.Values.Contains(odd["channelId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AConnectorCallRetriedAfter502_CountsOneRetry_ForTheConnector()
    {
        using var bot = new BotApplication(new() { ["Cards:Mode"] = "text" });
        var client = await bot.CreateReadyClientAsync();
        using var recorder = new MeterRecorder(bot.Services);
        _cloud.Plan(new PlannedResponse(502));

        var response = await client.SendAsync(Activities.Post(Activities.Message("help", _cloud.ServiceUrl, channelId: "emulator", conversationId: "retry-1")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _cloud.ConnectorCalls.Count);
        Assert.Equal(1, recorder.Sum("advisorbot.outbound.retries", ("client", "connector"), ("status", "502")));
    }

    [Fact]
    public async Task OutboxDepth_ReadsTheItemsNotYetDone()
    {
        using var bot = new BotApplication();
        _ = await bot.CreateReadyClientAsync();
        using var recorder = new MeterRecorder(bot.Services);
        var outbox = bot.Services.GetRequiredService<IOutbox>();

        recorder.Observe();
        await outbox.EnqueueAsync("depth-1", "test", "{}", CancellationToken.None);
        await outbox.EnqueueAsync("depth-2", "test", "{}", CancellationToken.None);
        recorder.Observe();
        await outbox.CompleteAsync("depth-1", CancellationToken.None);
        recorder.Observe();

        var readings = recorder.All.Where(m => m.Instrument == "advisorbot.outbox.depth").Select(m => m.Value).ToArray();
        Assert.Equal(new double[] { 0, 2, 1 }, readings);
    }

    [Fact]
    public async Task WithAnOtlpEndpoint_TurnMetricsAndTurnSpans_AreExported()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        using var bot = new BotApplication(new()
        {
            ["Cards:Mode"] = "text",
            ["OpenTelemetry:Otlp:Endpoint"] = collector.Endpoint,
            ["OpenTelemetry:Otlp:Protocol"] = "http/protobuf",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });
        var client = await bot.CreateReadyClientAsync();

        await SendAsync(client, Personal("help"));
        await Loopback.EventuallyAsync(() => collector.Received("/v1/metrics", "advisorbot.turns") && collector.Received("/v1/traces", "turn message"), seconds: 30);

        Assert.True(collector.Received("/v1/metrics", "advisorbot.turns"), "the turn counter must reach the collector");
        Assert.True(collector.Received("/v1/metrics", "advisorbot.turn.duration"), "the turn latency must reach the collector");
        Assert.True(collector.Received("/v1/traces", "turn message"), "the turn's span must reach the collector");
        Assert.True(collector.Received("/v1/traces", "/api/messages"), "the request's span must reach the collector");
        Assert.NotNull(bot.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task WithoutAnEndpoint_NoTelemetrySdkOrExporterRuns()
    {
        using var bot = new BotApplication();
        _ = await bot.CreateReadyClientAsync();

        Assert.Null(bot.Services.GetService<MeterProvider>());
        Assert.Null(bot.Services.GetService<TracerProvider>());
    }

    [Theory]
    [InlineData("OpenTelemetry:Otlp:Endpoint", "not a url")]
    [InlineData("OpenTelemetry:Otlp:Protocol", "carrier-pigeon")]
    public void AWrongTelemetrySetting_StopsStartUp_NamingIt(string key, string value)
    {
        var settings = new Dictionary<string, string?> { ["OpenTelemetry:Otlp:Endpoint"] = "http://127.0.0.1:4318", [key] = value };
        using var bot = new BotApplication(settings);

        var error = Assert.ThrowsAny<Exception>(() => bot.CreateClient());

        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonConsoleLogs_AreOneJsonObjectALine_WhenSwitchedOn()
    {
        var port = Loopback.FreePort();
        var dataPath = BotApplication.NewDataPath();
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "AdvisorBot.Web.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["Urls"] = $"http://127.0.0.1:{port}",
                ["State__DataPath"] = dataPath,
                ["Knowledge__IndexPath"] = SharedKnowledge.IndexPath,
                ["Logging__Console__FormatterName"] = "json",
            },
        };
        using var host = Process.Start(info)!;
        var lines = new List<string>();
        host.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                lock (lines)
                {
                    lines.Add(line);
                }
            }
        };
        host.BeginOutputReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            await Loopback.WaitUntilOkAsync(http, "readyz", TimeSpan.FromSeconds(90), () => host.HasExited, "the host");
            await http.SendAsync(Activities.Post(Personal("help")));
            await Loopback.EventuallyAsync(() => Snapshot(lines).Any(l => l.Contains("/api/messages", StringComparison.Ordinal)));

            var logged = Snapshot(lines);
            Assert.Contains(logged, l => l.Contains("LOCAL MODE", StringComparison.Ordinal));
            Assert.All(logged, line =>
            {
                using var entry = JsonDocument.Parse(line);
                Assert.True(entry.RootElement.TryGetProperty("Category", out _), line);
                Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
            });
            // The request line's fields are the JSON entry's state, each under its own name.
            Assert.Contains(logged.Select(l => JsonNode.Parse(l)!), n => n["Category"]?.GetValue<string>() == "AdvisorBot.Requests"
                && n["State"]?["Path"]?.GetValue<string>() == "/api/messages" && n["State"]?["Status"]?.ToString() == "200");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static string[] Snapshot(List<string> lines)
    {
        lock (lines)
        {
            return [.. lines];
        }
    }

    private static JsonObject Personal(string text)
    {
        var activity = Activities.Message(text, LocalServiceUrl, channelId: "emulator", conversationId: "telemetry-" + Guid.NewGuid().ToString("N"));
        activity["conversation"]!["conversationType"] = "personal";
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    private static JsonObject ConversationUpdate()
    {
        var update = Personal("");
        update["type"] = "conversationUpdate";
        update.Remove("text");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:user-ana" });
        return update;
    }

    private static async Task<string> SendAsync(HttpClient client, JsonObject activity)
    {
        var response = await client.SendAsync(Activities.Post(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return string.Join("\n", body["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>()));
    }
}
