using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AdvisorBot.Bench;

/// <summary>
/// <c>bench -- soak [--seconds 600] [--rate 20]</c>: mixed traffic at a steady rate against the real host — help,
/// decisions, answered questions, card actions, Slack events, readiness polls — printing every 30 s the requests,
/// errors (5xx or no answer), p50/p99 latency and the bot process's resident memory.
/// </summary>
internal static class SoakBench
{
    private const string Secret = SlackSettings.Secret;
    private static readonly TimeSpan Report = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(string webDll, int seconds, int rate)
    {
        var (bot, _) = await BotProcess.StartAsync(webDll, SlackSettings.Offline());
        await using (bot)
        {
            using var http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            Console.WriteLine($"soak: {rate} requests/s for {seconds} s; RSS at start {bot.WorkingSetBytes / (1024 * 1024)} MiB");
            var run = Stopwatch.StartNew();
            var interval = new List<double>();
            var all = new List<double>();
            var errors = 0;
            var totalErrors = 0;
            var inFlight = new List<Task>();
            var gate = new Lock();
            var next = TimeSpan.Zero;
            var reported = TimeSpan.Zero;
            for (var i = 0; run.Elapsed < TimeSpan.FromSeconds(seconds); i++)
            {
                next += TimeSpan.FromSeconds(1.0 / rate);
                if (next > run.Elapsed)
                {
                    await Task.Delay(next - run.Elapsed);
                }

                var n = i;
                inFlight.Add(Task.Run(async () =>
                {
                    var (ok, ms) = await OneAsync(http, n);
                    lock (gate)
                    {
                        interval.Add(ms);
                        errors += ok ? 0 : 1;
                    }
                }));
                inFlight.RemoveAll(t => t.IsCompleted);
                if (run.Elapsed - reported >= Report)
                {
                    reported = run.Elapsed;
                    lock (gate)
                    {
                        Print(run.Elapsed, interval, errors, bot.WorkingSetBytes);
                        all.AddRange(interval);
                        totalErrors += errors;
                        interval.Clear();
                        errors = 0;
                    }
                }
            }

            await Task.WhenAll(inFlight);
            all.AddRange(interval);
            totalErrors += errors;
            Print(run.Elapsed, all, totalErrors, bot.WorkingSetBytes, "total");
        }
    }

    private static void Print(TimeSpan at, List<double> latencies, int errors, long rss, string label = "")
    {
        var sorted = latencies.Order().ToList();
        double Pct(double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}{(label.Length > 0 ? " " : string.Empty)}t={at.TotalSeconds:0} s: {sorted.Count} requests, {errors} errors, p50 {Pct(0.5):0.0} ms, p99 {Pct(0.99):0.0} ms, RSS {rss / (1024 * 1024)} MiB"));
    }

    private static async Task<(bool Ok, double Ms)> OneAsync(HttpClient http, int n)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var request = Request(n);
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return ((int)response.StatusCode < 500, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (false, clock.Elapsed.TotalMilliseconds);
        }
    }

    private static HttpRequestMessage Request(int n)
    {
        var conversation = $"soak-{n % 50}";
        string Activity(string text, string extra = "") =>
            $$"""{"type":"message","id":"soak-{{n}}","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","deliveryMode":"expectReplies","from":{"id":"29:user-{{n % 7}}","name":"User"},"recipient":{"id":"28:bot","name":"AdvisorBot"},"conversation":{"id":"{{conversation}}","conversationType":"personal"},"text":"{{text}}"{{extra}}}""";
        return (n % 8) switch
        {
            0 => Json("api/messages", Activity("help")),
            1 => Json("api/messages", Activity("decide")),
            2 => Json("api/messages", Activity("1")),
            3 => Json("api/messages", Activity("what is the GIL?")),
            4 => Json("api/messages", Activity(string.Empty, ""","value":{"advisorbot":"command","command":"status"}""")),
            5 => Slack(n),
            6 => new HttpRequestMessage(HttpMethod.Get, "readyz"),
            _ => Json("api/messages", Activity("<at>AdvisorBot</at> summary", ""","entities":[{"type":"mention","text":"<at>AdvisorBot</at>","mentioned":{"id":"28:bot"}}]""")),
        };
    }

    private static HttpRequestMessage Json(string path, string body) =>
        new(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static HttpRequestMessage Slack(int n)
    {
        var body = $$$"""{"type":"event_callback","event_id":"EvSoak{{{n}}}","authorizations":[{"user_id":"U0BOT"}],"event":{"type":"app_mention","user":"U0ANA","channel":"C0SOAK","text":"<@U0BOT> help","ts":"1700000000.{{{n:000000}}}"}}""";
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = Json("api/slack/events", body);
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"))));
        return request;
    }
}
