using System.Diagnostics;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AdvisorBot.Web.Tests.BotFramework;

/// <summary>
/// Mention handling costs time in proportion to the request, however many mentions it carries. The CPU time is the
/// whole process's, so these run alone (no other test class in parallel).
/// </summary>
[Collection(CpuMeasuring.Name)]
public sealed class ManyMentionsTests(ITestOutputHelper output)
{
    /// <summary>Teams writes "&lt;at&gt;" as is, not as \u003C escapes.</summary>
    private static readonly JsonSerializerOptions AsChannelsWriteIt = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// A message of <paramref name="count"/> bot mentions then "help", each mention with its entity. With
    /// <paramref name="distinct"/> each has its own text (as a client that numbers or decorates mentions sends them);
    /// <paramref name="padTo"/> pads the body (in channelData) to about that many bytes.
    /// </summary>
    public static JsonObject MentionFlood(int count, string serviceUrl, bool distinct, int padTo = 0)
    {
        var mentions = Enumerable.Range(0, count).Select(i => distinct ? $"<at>AdvisorBot {i}</at>" : "<at>AdvisorBot</at>").ToList();
        var activity = Activities.Message(string.Join(' ', mentions) + " help", serviceUrl);
        activity["deliveryMode"] = "expectReplies";
        activity["entities"] = new JsonArray([.. mentions.Select(m => (JsonNode)new JsonObject
        {
            ["type"] = "mention",
            ["text"] = m,
            ["mentioned"] = new JsonObject { ["id"] = "28:advisorbot", ["name"] = "AdvisorBot" },
        })]);
        var size = activity.ToJsonString(AsChannelsWriteIt).Length;
        if (padTo > size)
        {
            activity["channelData"] = new JsonObject { ["padding"] = new string('x', padTo - size - 40) };
        }

        return activity;
    }

    [Fact]
    public async Task ARequestAtTheBodyLimitFullOfBotMentions_IsAnsweredCheaply()
    {
        using var bot = new BotApplication();
        var client = await bot.CreateReadyClientAsync();
        var body = MentionFlood(1_900, "http://127.0.0.1:9/", distinct: true, padTo: 249 * 1024).ToJsonString(AsChannelsWriteIt);

        var (status, cpu) = await PostMeasuringCpuAsync(client, body);
        output.WriteLine($"{System.Text.Encoding.UTF8.GetByteCount(body) / 1024} KB, 1,900 mentions: {status}, {cpu.TotalMilliseconds:0} ms CPU");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(cpu < TimeSpan.FromSeconds(1), $"{cpu.TotalMilliseconds:0} ms of CPU");
    }

    [Fact]
    public async Task FiftyThousandMentions_InARaisedBodyLimit_CostWellUnderASecondOfCpu()
    {
        using var bot = new BotApplication(new() { ["BotFramework:MaxRequestBodyBytes"] = "16777216" });
        var client = await bot.CreateReadyClientAsync();
        var body = MentionFlood(50_000, "http://127.0.0.1:9/", distinct: false).ToJsonString(AsChannelsWriteIt);

        var (status, cpu) = await PostMeasuringCpuAsync(client, body);
        output.WriteLine($"{System.Text.Encoding.UTF8.GetByteCount(body) / 1024} KB, 50,000 mentions: {status}, {cpu.TotalMilliseconds:0} ms CPU");

        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, status.ToString());
        Assert.True(cpu < TimeSpan.FromSeconds(1), $"{cpu.TotalMilliseconds:0} ms of CPU");
    }

    /// <summary>
    /// The answer's status and the CPU time this process spent meanwhile (the host runs in it), after one small
    /// message has warmed the pipeline up (so compiling it is not counted).
    /// </summary>
    private static async Task<(HttpStatusCode Status, TimeSpan Cpu)> PostMeasuringCpuAsync(HttpClient client, string body)
    {
        var warmUp = Activities.Message("<at>AdvisorBot</at> help", "http://127.0.0.1:9/");
        warmUp["deliveryMode"] = "expectReplies";
        (await client.SendAsync(Activities.Post(warmUp))).EnsureSuccessStatusCode();
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        using var response = await client.SendAsync(Activities.Post(body));
        await response.Content.ReadAsStringAsync();
        process.Refresh();
        return (response.StatusCode, process.TotalProcessorTime - before);
    }
}
