using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AdvisorBot.Bench;

/// <summary>The real AdvisorBot host started as its own process on a free loopback port, with a fresh data folder.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataPath;

    private BotProcess(Process process, string dataPath, Uri baseAddress)
    {
        _process = process;
        _dataPath = dataPath;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The host's data folder (State:DataPath), deleted with the process.</summary>
    public string DataPath => _dataPath;

    public long WorkingSetBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    /// <summary>
    /// Bytes the host has caused to be written to storage so far (Linux's /proc/PID/io <c>write_bytes</c>: the state
    /// file, its log and their checkpoints), or null where the system does not say.
    /// </summary>
    public long? WrittenBytes
    {
        get
        {
            try
            {
                var line = File.ReadLines($"/proc/{_process.Id}/io").FirstOrDefault(l => l.StartsWith("write_bytes:", StringComparison.Ordinal));
                return line is null ? null : long.Parse(line["write_bytes:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidOperationException)
            {
                return null;
            }
        }
    }

    /// <summary>Starts the host and returns once /readyz answers 200, with the time that took.</summary>
    public static async Task<(BotProcess Bot, TimeSpan ColdStart)> StartAsync(string webDll, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var dataPath = Path.Combine(Path.GetTempPath(), "advisorbot-bench", Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo("dotnet", [webDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
        };
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        info.Environment["State__DataPath"] = dataPath;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the bot");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, dataPath, new Uri($"http://127.0.0.1:{port}/"));
        using var http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await http.GetAsync("readyz")).StatusCode == HttpStatusCode.OK)
                {
                    return (bot, clock.Elapsed);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer within the poll's time-out.
            }

            await Task.Delay(5);
        }

        await bot.DisposeAsync();
        throw new TimeoutException("the bot did not become ready within 60 s");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp data is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
