using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>
/// The built host (AdvisorBot.Web.dll) started as a process of its own on a free loopback port, configured by
/// environment variables as operators do it; one of several instances behind a load balancer. Its output is kept
/// for the failure message.
/// </summary>
public sealed class BotInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotInstance(Process process, int port)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote, for a failure message.</summary>
    public string Output => string.Join('\n', _output);

    /// <param name="environment">Settings as environment variables.</param>
    /// <param name="readyPath">What must answer 200 before this returns: "readyz" (ready to serve), or "healthz" (the process answers, the index may still be building).</param>
    public static async Task<BotInstance> StartAsync(IReadOnlyDictionary<string, string> environment, string readyPath = "readyz")
    {
        var port = Loopback.FreePort();
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "AdvisorBot.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        var instance = new BotInstance(Process.Start(info) ?? throw new InvalidOperationException("could not start the bot"), port);
        instance._process.OutputDataReceived += (_, e) => instance.Keep(e.Data);
        instance._process.ErrorDataReceived += (_, e) => instance.Keep(e.Data);
        instance._process.BeginOutputReadLine();
        instance._process.BeginErrorReadLine();
        try
        {
            await Loopback.WaitUntilOkAsync(instance.Http, readyPath, TimeSpan.FromSeconds(90), () => instance.HasExited, $"the bot on port {port}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            var output = instance.Output;
            await instance.DisposeAsync();
            throw new InvalidOperationException($"{ex.Message}:\n{output}", ex);
        }

        return instance;
    }

    /// <summary>/readyz's body: each check, and the content version this instance serves.</summary>
    public async Task<JsonNode> ReadinessAsync() => JsonNode.Parse(await Http.GetStringAsync("readyz"))!;

    /// <summary>Kills the process at once (no graceful stop), as a crash or a lost machine would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Asks the process to stop (SIGTERM, as a container runtime or systemd does) and waits for it to exit.</summary>
    public async Task StopAsync(TimeSpan within)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(within);
        await _process.WaitForExitAsync(timeout.Token);
    }

    private void Keep(string? line)
    {
        if (line is not null && _output.Count < 2000)
        {
            _output.Enqueue(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        Http.Dispose();
        _process.Dispose();
    }
}
