using System.Diagnostics;
using System.Net;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Slack;

/// <summary>
/// The bot process killed after it acknowledged a Slack event but before its reply got through: after a restart the
/// reply is posted, exactly once.
/// </summary>
public sealed class SlackRestartTests
{
    [Fact]
    public async Task HostKilledAfterTheAck_PostsTheReplyAfterRestart_ExactlyOnce()
    {
        await using var slack = await FakeSlack.StartAsync();
        var dataPath = BotApplication.NewDataPath();
        var port = Loopback.FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        try
        {
            slack.HoldPostMessages = true;
            using (var first = Start(port, dataPath, slack))
            {
                await Loopback.WaitUntilOkAsync(http, "readyz", TimeSpan.FromSeconds(180), () => first.HasExited, "the bot");
                var ack = await http.SendAsync(await SlackSigned.RequestAsync("/api/slack/events", SlackSigned.Mention("Ev-restart-1", "what is the GIL?"), "application/json"));
                Assert.Equal(HttpStatusCode.OK, ack.StatusCode);

                // The reply is on its way to Slack, held there; the process dies before Slack answers.
                await Loopback.EventuallyAsync(() => slack.Calls.Any(c => c.Method == "chat.postMessage"));
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }

            Assert.All(slack.Calls, c => Assert.True(c.Held));
            Assert.DoesNotContain(slack.Calls, c => c.Completed);
            slack.HoldPostMessages = false;

            using var second = Start(port, dataPath, slack);
            try
            {
                await Loopback.WaitUntilOkAsync(http, "readyz", TimeSpan.FromSeconds(180), () => second.HasExited, "the restarted bot");
                // The dead process's claim on the work lapses within the lease; then the restarted bot takes it.
                await Loopback.EventuallyAsync(() => slack.Calls.Any(c => c.Completed), seconds: 45);
                await Task.Delay(1500);

                var delivered = Assert.Single(slack.Calls, c => c.Completed);
                Assert.Contains("global interpreter lock", delivered.Body.ToJsonString(), StringComparison.Ordinal);
            }
            finally
            {
                second.Kill(entireProcessTree: true);
                await second.WaitForExitAsync();
            }
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static Process Start(int port, string dataPath, FakeSlack slack)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "AdvisorBot.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        info.Environment["State__DataPath"] = dataPath;
        info.Environment["Slack__BotToken"] = "xoxb-test-token";
        info.Environment["Slack__SigningSecret"] = SlackSigned.Secret;
        info.Environment["Slack__ApiBaseUrl"] = slack.ApiBaseUrl;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
