using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AdvisorBot.Bench.AnswerTurns;

/// <summary>
/// <c>-- answer-turns [--baseline DLL] [--seconds 10] [--concurrency 1,32]</c>: the latency of an answer turn — a
/// typed reply to the pending question of a decision under way, read, recorded with its durable write, confirmed and
/// followed by the next question — on SQLite, at each concurrency, for this build and (with <c>--baseline</c>) another
/// build's host, back to back in one run. Each worker starts a decision in a new conversation (not measured),
/// answers eight questions with their first choice ("1", which every build reads the same way; measured), cancels
/// (not measured) and starts again.
/// </summary>
internal static class AnswerTurnBench
{
    private const int AnswersPerDecision = 8;

    public static async Task RunAsync(string webDll, string? baselineDll, int seconds, IReadOnlyList<int> concurrencies)
    {
        Console.WriteLine($"answer-turns: {Environment.ProcessorCount} cores, load {Load()}, {seconds} s per row, SQLite");
        var table = new StringBuilder()
            .AppendLine("| Build | connections | answers/s | p50 ms | p99 ms | errors |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var concurrency in concurrencies)
        {
            foreach (var (label, dll) in new[] { ("before", baselineDll), ("this build", webDll) })
            {
                if (dll is null)
                {
                    continue;
                }

                await using var bot = (await BotProcess.StartAsync(dll)).Bot;
                await MeasureAsync(bot.BaseAddress, concurrency, TimeSpan.FromSeconds(2)); // warm-up
                var (answers, errors, elapsed, p50, p99) = await MeasureAsync(bot.BaseAddress, concurrency, TimeSpan.FromSeconds(seconds));
                var row = string.Create(CultureInfo.InvariantCulture, $"| {label} | {concurrency} | {answers / elapsed:F0} | {p50:F2} | {p99:F2} | {errors} |");
                Console.WriteLine(row);
                table.AppendLine(row);
            }
        }

        Console.WriteLine();
        Console.WriteLine($"load after: {Load()}");
        Console.Write(table);
    }

    private static async Task<(int Answers, int Errors, double Seconds, double P50, double P99)> MeasureAsync(Uri bot, int concurrency, TimeSpan window)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseProxy = false };
        using var http = new HttpClient(handler) { BaseAddress = bot, Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>(8192);
            var errors = 0;
            while (clock.Elapsed < window)
            {
                var conversation = "bench-answers-" + Guid.NewGuid().ToString("N");
                errors += await PostAsync(http, conversation, "decide") is null ? 1 : 0;
                for (var i = 0; i < AnswersPerDecision && clock.Elapsed < window; i++)
                {
                    if (await PostAsync(http, conversation, "1") is { } ms)
                    {
                        latencies.Add(ms);
                    }
                    else
                    {
                        errors++;
                    }
                }

                await PostAsync(http, conversation, "cancel");
            }

            return (latencies, errors);
        })));
        var all = results.SelectMany(r => r.latencies).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)(p * all.Length))];
        return (all.Length, results.Sum(r => r.errors), clock.Elapsed.TotalSeconds, Percentile(0.50), Percentile(0.99));
    }

    private static async Task<double?> PostAsync(HttpClient http, string conversation, string text)
    {
        var body = $$"""
            {"type":"message","id":"{{Guid.NewGuid():N}}","timestamp":"{{DateTimeOffset.UtcNow:O}}","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","deliveryMode":"expectReplies",
             "from":{"id":"user-1","name":"Bench"},"recipient":{"id":"bot-1","name":"AdvisorBot"},
             "conversation":{"id":"{{conversation}}","conversationType":"personal"},"text":"{{text}}","locale":"en-US"}
            """;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("api/messages", content);
            await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode ? Stopwatch.GetElapsedTime(started).TotalMilliseconds : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
