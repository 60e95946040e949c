using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AdvisorBot.Bench.Throughput;

/// <summary>
/// <c>-- throughput</c>: in one run, one after the other, each as its own process on loopback and under the same
/// closed-loop load (32 connections by default, a warm-up, then a fixed window): the Kestrel ceiling, the JavaScript
/// Bot Framework SDK's echo bot (bench/js), AdvisorBot's help turn and decision turn (a new conversation each
/// request, so each writes a new session) on SQLite, the decision turn on PostgreSQL, and two instances on one
/// PostgreSQL database with the requests dealt round-robin between them. Every bot runs without authentication and
/// answers in the HTTP response (deliveryMode expectReplies). Prints a table with each throughput as a share of
/// the ceiling's. With <c>--baseline</c> (another build's AdvisorBot.Web.dll, or the folder it was published to) the
/// AdvisorBot rows run for that build first, marked "(before)", then for this one, marked "(after)".
/// </summary>
internal static class ThroughputBench
{
    /// <summary>A PostgreSQL connection string; without it the PostgreSQL rows are skipped, saying so.</summary>
    public const string PostgresVariable = "ADVISORBOT_BENCH_POSTGRES";

    private const string ServiceUrl = "http://127.0.0.1:9/";

    private sealed record Row(string Target, LoadResult? Result, string? Note = null, long? WorkingSetBytes = null);

    public static async Task RunAsync(string webDll, string? baselineDll, int seconds, int warmUpSeconds, int concurrency)
    {
        var warmUp = TimeSpan.FromSeconds(warmUpSeconds);
        var window = TimeSpan.FromSeconds(seconds);
        Console.WriteLine($"throughput: {Environment.ProcessorCount} cores, {concurrency} connections, {warmUpSeconds} s warm-up then {seconds} s per target; host {webDll}{(baselineDll is null ? "" : $", baseline {baselineDll}")}");
        var rows = new List<Row>();

        Task<LoadResult> Load(IReadOnlyList<Uri> targets, Func<string> body, Func<long?>? written = null) => LoadRun.RunAsync(targets, body, concurrency, warmUp, window, written);

        await using (var ceiling = await StartCeilingAsync())
        {
            rows.Add(new Row("Kestrel ceiling (parse the activity, one reply)", await Load([ceiling.BaseAddress], Help)));
        }

        Print(rows[^1]);
        rows.Add(await MeasureJavaScriptAsync(Load));
        Print(rows[^1]);

        if (baselineDll is not null)
        {
            await MeasureBotsAsync(rows, baselineDll, " (before)", Load);
        }

        await MeasureBotsAsync(rows, webDll, baselineDll is null ? "" : " (after)", Load);
        Console.WriteLine();
        Console.WriteLine(Table(rows));
    }

    /// <summary>The AdvisorBot rows for one build of the host, each target's name ending in <paramref name="label"/>.</summary>
    private static async Task MeasureBotsAsync(List<Row> rows, string webDll, string label, Func<IReadOnlyList<Uri>, Func<string>, Func<long?>?, Task<LoadResult>> load)
    {
        await using (var bot = (await BotProcess.StartAsync(webDll)).Bot)
        {
            rows.Add(new Row("AdvisorBot help turn, SQLite" + label, await load([bot.BaseAddress], Help, () => bot.WrittenBytes), WorkingSetBytes: bot.WorkingSetBytes));
        }

        Print(rows[^1]);
        await using (var bot = (await BotProcess.StartAsync(webDll)).Bot)
        {
            rows.Add(new Row("AdvisorBot decision turn, SQLite" + label, await load([bot.BaseAddress], Decide, () => bot.WrittenBytes), WorkingSetBytes: bot.WorkingSetBytes));
        }

        Print(rows[^1]);
        var postgres = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(postgres))
        {
            var note = $"skipped: set {PostgresVariable} to a PostgreSQL connection string";
            rows.Add(new Row("AdvisorBot decision turn, PostgreSQL" + label, null, note));
            rows.Add(new Row("AdvisorBot decision turn, 2 instances on one PostgreSQL" + label, null, note));
            Print(rows[^2]);
        }
        else
        {
            var settings = new Dictionary<string, string> { ["State__Provider"] = "Postgres", ["ConnectionStrings__State"] = postgres };
            await using (var bot = (await BotProcess.StartAsync(webDll, settings)).Bot)
            {
                var single = "AdvisorBot decision turn, PostgreSQL" + label;
                rows.Add(OnPostgres(single, bot) ?? new Row(single, await load([bot.BaseAddress], Decide, null), WorkingSetBytes: bot.WorkingSetBytes));
            }

            Print(rows[^1]);
            await using var first = (await BotProcess.StartAsync(webDll, settings)).Bot;
            await using var second = (await BotProcess.StartAsync(webDll, settings)).Bot;
            var two = "AdvisorBot decision turn, 2 instances on one PostgreSQL (round-robin)" + label;
            rows.Add(OnPostgres(two, first) ?? OnPostgres(two, second) ?? new Row(two,
                await load([first.BaseAddress, second.BaseAddress], Decide, null), WorkingSetBytes: first.WorkingSetBytes + second.WorkingSetBytes));
        }

        Print(rows[^1]);
    }

    /// <summary>
    /// Null when the host keeps its state in PostgreSQL; otherwise a row saying it does not: a build without the
    /// PostgreSQL provider ignores State:Provider and opens its SQLite file, whose figures must not pass for PostgreSQL's.
    /// </summary>
    private static Row? OnPostgres(string target, BotProcess bot) => File.Exists(Path.Combine(bot.DataPath, "advisorbot.db"))
        ? new Row(target, null, "not measured: the host opened its SQLite file, so this build has no PostgreSQL provider")
        : null;

    private static async Task<ServerProcess> StartCeilingAsync()
    {
        var port = FreePort();
        return await ServerProcess.StartAsync("dotnet", [typeof(CeilingServer).Assembly.Location, CeilingServer.Mode, port.ToString(CultureInfo.InvariantCulture)],
            port, new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" }, AnswersAsync);
    }

    private static async Task<Row> MeasureJavaScriptAsync(Func<IReadOnlyList<Uri>, Func<string>, Func<long?>?, Task<LoadResult>> load)
    {
        const string Target = "botbuilder-js 4.23.3 echo bot (express 4)";
        var folder = Path.Combine(BenchOptions.RepositoryRoot(), "bench", "js");
        if (!File.Exists(Path.Combine(folder, "node_modules", "botbuilder", "package.json")) && !await NpmCiAsync(folder))
        {
            return new Row(Target, null, "skipped: `npm ci` in bench/js failed (are Node.js and npm installed?)");
        }

        var port = FreePort();
        await using var bot = await ServerProcess.StartAsync("node", [Path.Combine(folder, "echo-bot.js")], port,
            new Dictionary<string, string> { ["PORT"] = port.ToString(CultureInfo.InvariantCulture), ["NODE_ENV"] = "production" }, AnswersAsync, folder);
        return new Row(Target, await load([bot.BaseAddress], Help, null));
    }

    private static async Task<bool> NpmCiAsync(string folder)
    {
        try
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = folder })!;
            await npm.WaitForExitAsync();
            return npm.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient http)
    {
        using var content = new StringContent(Help(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("api/messages", content);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>"help" in one conversation: a read of the session, no write beyond the first turn.</summary>
    internal static string Help() => Activity("bench-help", "help");

    /// <summary>"decide" in a new conversation: a new decision session written to the store, and the first question.</summary>
    internal static string Decide() => Activity("bench-" + Guid.NewGuid().ToString("N"), "decide");

    /// <summary>An activity as a channel sends it: with its own id and the time the channel stamped it with.</summary>
    private static string Activity(string conversationId, string text) => $$"""
        {"type":"message","id":"{{Guid.NewGuid():N}}","timestamp":"{{DateTimeOffset.UtcNow:O}}","channelId":"emulator","serviceUrl":"{{ServiceUrl}}","deliveryMode":"expectReplies",
         "from":{"id":"user-1","name":"Bench"},"recipient":{"id":"bot-1","name":"AdvisorBot"},
         "conversation":{"id":"{{conversationId}}","conversationType":"personal"},"text":"{{text}}","locale":"en-US"}
        """;

    /// <summary>
    /// <c>-- load --url U [--turn help|decide]</c>: the same load against a bot that is already running (to profile
    /// it, say): a warm-up, one window, one line.
    /// </summary>
    public static async Task LoadAsync(Uri url, string turn, int seconds, int warmUpSeconds, int concurrency)
    {
        Func<string> body = turn == "decide" ? Decide : Help;
        var result = await LoadRun.RunAsync([url], body, concurrency, TimeSpan.FromSeconds(warmUpSeconds), TimeSpan.FromSeconds(seconds));
        Print(new Row($"{turn} turn at {url}", result));
    }

    private static void Print(Row row) => Console.WriteLine(row.Result is { } r
        ? string.Create(CultureInfo.InvariantCulture, $"  {row.Target}: {r.PerSecond:F0} req/s, p50 {r.P50Ms:F2} ms, p99 {r.P99Ms:F2} ms, {r.Errors} errors")
        : $"  {row.Target}: {row.Note}");

    private static string Table(List<Row> rows)
    {
        var ceiling = rows[0].Result?.PerSecond;
        var table = new StringBuilder()
            .AppendLine("| Target | req/s | p50 ms | p99 ms | req/s vs ceiling | errors | bot memory | disk writes per turn |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            table.AppendLine(row.Result is { } r
                ? string.Create(CultureInfo.InvariantCulture,
                    $"| {row.Target} | {r.PerSecond:F0} | {r.P50Ms:F2} | {r.P99Ms:F2} | {r.PerSecond / ceiling:P0} | {r.Errors} | {(row.WorkingSetBytes is { } ws ? $"{ws / (1024 * 1024)} MiB" : "")} | {PerTurn(r)} |")
                : $"| {row.Target} | – | – | – | – | – | {row.Note} | |");
        }

        return table.ToString();
    }

    /// <summary>
    /// What the bot wrote to storage per answered request in the window (its state file, log and checkpoints); blank
    /// where the writes are another process's (PostgreSQL's) or the system does not say.
    /// </summary>
    private static string PerTurn(LoadResult r) => r.WrittenBytes is { } bytes && r.Requests > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / r.Requests:F1} KiB")
        : "";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
