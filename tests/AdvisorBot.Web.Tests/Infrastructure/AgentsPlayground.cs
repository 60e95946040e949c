using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground), a Teams emulator, run as its own
/// process against the bot. Tests drive it through its HTTP API and read the bot's messages off its WebSocket stream.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _workDir;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<JsonNode> _messages = new();
    private Task? _reader;

    private AgentsPlayground(Process process, string workDir)
    {
        _process = process;
        _workDir = workDir;
    }

    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string LogFile => Path.Combine(_workDir, "playground.log");

    /// <summary>The bot's messages as the playground pushed them ({"action":"createMessage","message":{...}}).</summary>
    public IReadOnlyList<JsonNode> BotMessages => [.. _messages];

    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint)
    {
        var cli = await NodeClients.PathOfAsync(Path.Combine("@microsoft", "m365agentsplayground", "cli.js"));
        var port = Loopback.FreePort();
        var workDir = Path.Combine(Path.GetTempPath(), "advisorbot-playground", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDir);
        var info = new ProcessStartInfo("node", [cli, "-e", botEndpoint.AbsoluteUri, "-c", "msteams", "--disable-telemetry", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true";
        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none"; // it would try to open a browser and exit when none exists
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workDir, "playground.log");
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the Agents Playground");

        // It quietly takes another port if the one asked for is taken: use the one it reports.
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith("Listening on ", StringComparison.Ordinal)
                && int.TryParse(line["Listening on ".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture, out var actual))
            {
                listening.TrySetResult(actual);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("the Agents Playground exited before listening"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var playground = new AgentsPlayground(process, workDir);
        var boundPort = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        playground.BaseAddress = new Uri($"http://127.0.0.1:{boundPort}/");
        playground.Http = new HttpClient { BaseAddress = playground.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        await playground.WaitUntilListeningAsync();
        await playground.ConnectStreamAsync();
        return playground;
    }

    public async Task<JsonNode> ConfigAsync() =>
        (await Http.GetFromJsonAsync<JsonNode>("_internal/v1/config"))!["config"]!;

    /// <summary>Sends a user's message into a conversation, as typing into the playground would.</summary>
    public async Task SendMessageAsync(string conversationId, string userId, string text)
    {
        var response = await Http.PostAsJsonAsync(
            $"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages",
            new { from = new { id = userId }, text, textFormat = "plain" });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Clicks an Action.Execute on a card the bot sent, as Teams does: an adaptiveCard/action invoke; returns the bot's invoke body.</summary>
    public async Task<JsonNode> InvokeAsync(string conversationId, string userId, string replyToId, string verb, JsonNode data)
    {
        var response = await Http.PostAsJsonAsync("_conversation/v1/invoke", new
        {
            name = "adaptiveCard/action",
            conversation = new { id = conversationId },
            from = new { id = userId },
            replyToId,
            value = new { action = new { type = "Action.Execute", verb, data } },
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>Waits until the stream holds <paramref name="count"/> bot messages matching the predicate.</summary>
    public async Task<IReadOnlyList<JsonNode>> WaitForMessagesAsync(Func<JsonNode, bool> predicate, int count, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var found = BotMessages.Where(predicate).ToList();
            if (found.Count >= count || clock.Elapsed > timeout)
            {
                return found;
            }

            await Task.Delay(50);
        }
    }

    private Task WaitUntilListeningAsync() =>
        // /_debug/ping answers without calling the bot (the config route probes the bot and can block for 15 s).
        Loopback.WaitUntilOkAsync(Http, "_debug/ping", TimeSpan.FromSeconds(60), () => _process.HasExited, $"the Agents Playground (log: {LogFile})");

    private async Task ConnectStreamAsync()
    {
        var stream = new UriBuilder(BaseAddress) { Scheme = "ws", Path = "_ws_conversation/v1/conversations/stream" }.Uri;
        await _socket.ConnectAsync(stream, _stop.Token);
        _reader = Task.Run(ReadLoopAsync);
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var node = JsonNode.Parse(Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length));
                frame.SetLength(0);
                if (node?["action"]?.GetValue<string>() == "createMessage" && node["message"] is { } message)
                {
                    _messages.Enqueue(message);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Stopping.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_reader is not null)
        {
            await _reader;
        }

        _socket.Dispose();
        Http?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _stop.Dispose();
        try
        {
            Directory.Delete(_workDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
