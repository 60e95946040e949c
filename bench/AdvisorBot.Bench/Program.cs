using System.Diagnostics;
using System.Globalization;
using System.Text;
using AdvisorBot.Bench;

// Usage: dotnet run -c Release --project bench/AdvisorBot.Bench -- [--seconds 10] [--concurrency 16] [--starts 5]
//        ... -- knowledge     index build throughput and query latency, bundled and 10,000 synthetic documents
//        ... -- calibrate     fit the answer confidence model on the evaluation set
//        ... -- slack         acknowledgement latency of signed Slack events, 200 concurrent
//        ... -- eval          the evaluation figures for the bundled content and the raw seed articles
//        ... -- fuzz          [--count 50000] [--seed N] the fuzz test's mutated requests, longer, against the host process
//        ... -- soak          [--seconds 600] [--rate 20] mixed traffic at a steady rate; errors, p50/p99 and RSS every 30 s
//        ... -- throughput    [--seconds 10] [--warmup 10] [--concurrency 32] [--baseline <dll or folder>] the Kestrel
//                             ceiling, botbuilder-js's echo bot and AdvisorBot (help; decision on SQLite, on PostgreSQL,
//                             two instances) side by side, the AdvisorBot rows also for the baseline build if given;
//                             PostgreSQL rows need ADVISORBOT_BENCH_POSTGRES (a connection string)
if (args.Contains("diagram-demo"))
{
    // Not in the usage above: draws made-up bins to try the chart writer.
    AdvisorBot.Bench.Charts.DiagramDemo.Write(args.SkipWhile(a => a != "diagram-demo").Skip(1).FirstOrDefault() ?? "reliability-demo.png");
    return;
}

if (args is [AdvisorBot.Bench.Throughput.CeilingServer.Mode, var ceilingPort])
{
    // Not in the usage above: the throughput mode starts its ceiling as this process.
    await AdvisorBot.Bench.Throughput.CeilingServer.RunAsync(int.Parse(ceilingPort, CultureInfo.InvariantCulture));
    return;
}

if (args.Contains("calibrate"))
{
    AdvisorBot.Bench.Calibration.Run(BenchOptions.RepositoryRoot(), args);
    return;
}

if (args.Contains("slack"))
{
    await AdvisorBot.Bench.SlackAckBench.RunAsync(BenchOptions.FindWebDll(), concurrency: 200, rounds: 6);
    return;
}

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
int Int(string name, int fallback) => int.TryParse(Arg(name), CultureInfo.InvariantCulture, out var v) ? v : fallback;

// --baseline: another build's AdvisorBot.Web.dll or the folder it was published to; null without it, "" (with the
// exit code set) when it names nothing.
string? Baseline()
{
    var baseline = Arg("--baseline") is { } given && Directory.Exists(given) ? Path.Combine(given, "AdvisorBot.Web.dll") : Arg("--baseline");
    if (baseline is null || File.Exists(baseline))
    {
        return baseline;
    }

    Console.Error.WriteLine($"--baseline: no such file {baseline} (give the AdvisorBot.Web.dll of the build to compare with, or its folder)");
    Environment.ExitCode = 2;
    return string.Empty;
}
if (args.Contains("fuzz"))
{
    var count = Int("--count", 50_000);
    var seed = ulong.TryParse(Arg("--seed"), CultureInfo.InvariantCulture, out var s) ? s : AdvisorBot.Web.Tests.Fuzz.FuzzRun.DefaultSeed;
    Environment.ExitCode = await AdvisorBot.Bench.FuzzBench.RunAsync(BenchOptions.FindWebDll(), count, seed);
    return;
}

if (args.Contains("soak"))
{
    var seconds = Int("--seconds", 600);
    var rate = Int("--rate", 20);
    await AdvisorBot.Bench.SoakBench.RunAsync(BenchOptions.FindWebDll(), seconds, rate);
    return;
}

if (args.Contains("answer-turns"))
{
    var concurrencies = (Arg("--concurrency") ?? "1,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
    var baseline = Baseline();
    if (baseline is { Length: 0 })
    {
        return;
    }

    await AdvisorBot.Bench.AnswerTurns.AnswerTurnBench.RunAsync(BenchOptions.FindWebDll(), baseline,
        Int("--seconds", 10), concurrencies);
    return;
}

if (args.Contains("throughput"))
{
    var baseline = Baseline();
    if (baseline is { Length: 0 })
    {
        return;
    }

    await AdvisorBot.Bench.Throughput.ThroughputBench.RunAsync(BenchOptions.FindWebDll(), baseline, Int("--seconds", 10), Int("--warmup", 10), Int("--concurrency", 32));
    return;
}

if (args.Contains("load") && Arg("--url") is { } url)
{
    // Not in the usage above: the throughput load against a bot already running, e.g. one under a profiler.
    await AdvisorBot.Bench.Throughput.ThroughputBench.LoadAsync(new Uri(url), Arg("--turn") ?? "help", Int("--seconds", 10), Int("--warmup", 3), Int("--concurrency", 32));
    return;
}

if (args.Contains("eval"))
{
    AdvisorBot.Bench.EvalRun.Run(BenchOptions.RepositoryRoot(), args);
    return;
}

if (args.Contains("knowledge"))
{
    await AdvisorBot.Bench.KnowledgeBench.RunAsync(BenchOptions.RepositoryRoot(), BenchOptions.FindWebDll(), syntheticDocuments: 10_000);
    return;
}

var options = BenchOptions.Parse(args);
var webDll = BenchOptions.FindWebDll();
Console.WriteLine($"AdvisorBot bench: {Environment.ProcessorCount} cores, host {webDll}");

var starts = new List<double>();
for (var i = 0; i < options.Starts; i++)
{
    var (bot, coldStart) = await BotProcess.StartAsync(webDll);
    starts.Add(coldStart.TotalMilliseconds);
    await bot.DisposeAsync();
}

starts.Sort();
Console.WriteLine($"cold start to /readyz: median {starts[starts.Count / 2]:F0} ms (min {starts[0]:F0}, max {starts[^1]:F0}, n={starts.Count})");

await using var host = (await BotProcess.StartAsync(webDll)).Bot;
using var http = new HttpClient { BaseAddress = host.BaseAddress };
var body = """
{"type":"message","id":"ID","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","deliveryMode":"expectReplies",
 "from":{"id":"user-1","name":"Bench"},"recipient":{"id":"bot-1","name":"AdvisorBot"},
 "conversation":{"id":"bench-conversation"},"text":"hello","locale":"en-US"}
""";

async Task<double> OneAsync()
{
    var clock = Stopwatch.StartNew();
    // A fresh id each time: the bot skips a redelivered activity id.
    using var content = new StringContent(body.Replace("\"ID\"", $"\"{Guid.NewGuid():N}\"", StringComparison.Ordinal), Encoding.UTF8, "application/json");
    using var response = await http.PostAsync("api/messages", content);
    response.EnsureSuccessStatusCode();
    await response.Content.ReadAsByteArrayAsync();
    return clock.Elapsed.TotalMilliseconds;
}

for (var i = 0; i < 200; i++)
{
    await OneAsync(); // warm-up
}

var latencies = new List<double>();
var run = Stopwatch.StartNew();
var workers = Enumerable.Range(0, options.Concurrency).Select(async _ =>
{
    var mine = new List<double>();
    while (run.Elapsed.TotalSeconds < options.Seconds)
    {
        mine.Add(await OneAsync());
    }

    return mine;
});
foreach (var list in await Task.WhenAll(workers))
{
    latencies.AddRange(list);
}

var elapsed = run.Elapsed.TotalSeconds;
latencies.Sort();
double Pct(double p) => latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"/api/messages expectReplies: {latencies.Count} requests in {elapsed:F1} s, {latencies.Count / elapsed:F0} req/s, " +
    $"p50 {Pct(0.50):F2} ms, p99 {Pct(0.99):F2} ms, concurrency {options.Concurrency}"));
Console.WriteLine($"bot working set after the run: {host.WorkingSetBytes / (1024 * 1024)} MiB");
