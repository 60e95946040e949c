using System.Diagnostics;
using System.Globalization;
using System.Text;
using AdvisorBot.Channels.Slack;

namespace AdvisorBot.Bench;

/// <summary>How fast the bot acknowledges signed Slack events (verify, write to the outbox, answer), 200 at a time.</summary>
internal static class SlackAckBench
{
    private const string Secret = "bench-signing-secret";

    public static async Task RunAsync(string webDll, int concurrency, int rounds)
    {
        var settings = new Dictionary<string, string>
        {
            ["Slack__BotToken"] = "xoxb-bench",
            ["Slack__SigningSecret"] = Secret,
            ["Slack__ApiBaseUrl"] = "http://127.0.0.1:9/api/", // nothing listens: the replies fail and retry in the background
        };
        var (bot, _) = await BotProcess.StartAsync(webDll, settings);
        await using (bot)
        {
            using var http = new HttpClient { BaseAddress = bot.BaseAddress };
            var latencies = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var results = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(i => OneAsync(http, $"Ev{round:000}{i:0000}")));
                if (round > 0)
                {
                    latencies.AddRange(results); // round 0 warms up
                }
            }

            latencies.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Slack event ack, {concurrency} concurrent × {rounds - 1} rounds: p50 {latencies[latencies.Count / 2]:0.0} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.0} ms, max {latencies[^1]:0.0} ms"));
        }
    }

    private static async Task<double> OneAsync(HttpClient http, string eventId)
    {
        var body = $$$"""{"type":"event_callback","event_id":"{{{eventId}}}","authorizations":[{"user_id":"U0BOT"}],"event":{"type":"app_mention","user":"U0ANA","channel":"C0BENCH","text":"<@U0BOT> what is the GIL?","ts":"1700000000.000100"}}""";
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Compute(Secret, ts, Encoding.UTF8.GetBytes(body)));
        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return clock.Elapsed.TotalMilliseconds;
    }
}
