using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using AdvisorBot.Core.State;
using AdvisorBot.Core.Turns;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AdvisorBot.Web.Tests.Hosting;

/// <summary>
/// A read-only, corrupt or garbled state file: start-up stops naming the file and the cause; at run time /readyz
/// says 503 and turns answer that storage is down (not "try again in a moment"). Read-only is made with the
/// immutable attribute (chattr +i), which holds even for root.
/// </summary>
public sealed class StorageFailureTests
{
    [Fact]
    public async Task ReadOnlyAtRunTime_ReadyzIs503_AndATurnThatWritesSaysStorageIsDown()
    {
        using var bot = new BotApplication();
        var client = await bot.CreateReadyClientAsync();
        var file = Path.Combine(bot.DataPath, "advisorbot.db");
        SetImmutable(file, true);
        try
        {
            SqliteConnection.ClearAllPools();

            var ready = await client.GetAsync("/readyz");
            var decide = await ReplyTextAsync(client, "decide", "a:read-only");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("read-only", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(TurnProcessor.StorageDownText, decide);
        }
        finally
        {
            SetImmutable(file, false);
        }
    }

    [Fact]
    public void ReadOnlyAtStartUp_StopsStartUp_NamingTheFileAndTheCause()
    {
        var dataPath = BotApplication.NewDataPath();
        using (var first = new BotApplication(dataPath: dataPath))
        {
            first.CreateClient();
        }

        var file = Path.Combine(dataPath, "advisorbot.db");
        SqliteConnection.ClearAllPools();
        SetImmutable(file, true);
        try
        {
            using var bot = new BotApplication(dataPath: dataPath);
            var error = Assert.Throws<StateStoreUnavailableException>(() => bot.CreateClient());

            Assert.Equal(file, error.File);
            Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            SetImmutable(file, false);
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task NotADatabase_TheHostExitsNonZero_NamingTheFile()
    {
        var dataPath = BotApplication.NewDataPath();
        Directory.CreateDirectory(dataPath);
        var file = Path.Combine(dataPath, "advisorbot.db");
        await File.WriteAllBytesAsync(file, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7))]);
        try
        {
            var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "AdvisorBot.Web.dll")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = AppContext.BaseDirectory,
                Environment = { ["Urls"] = $"http://127.0.0.1:{Loopback.FreePort()}", ["State__DataPath"] = dataPath },
            };
            using var host = Process.Start(info)!;
            var stderr = host.StandardError.ReadToEndAsync();
            var stdout = host.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await host.WaitForExitAsync(timeout.Token);

            Assert.NotEqual(0, host.ExitCode);
            var output = await stderr + await stdout;
            Assert.Contains(file, output, StringComparison.Ordinal);
            Assert.Contains("not a database", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task GarbledPages_StopStartUp_NamingTheFile_AndAtRunTimeReadyzIs503AndTurnsSaySo()
    {
        var dataPath = BotApplication.NewDataPath();
        var file = Path.Combine(dataPath, "advisorbot.db");
        try
        {
            using (var bot = new BotApplication(dataPath: dataPath))
            {
                var client = await bot.CreateReadyClientAsync();
                var store = bot.Services.GetRequiredService<IStateStore>();
                for (var i = 0; i < 300; i++)
                {
                    await store.WriteAsync($"filler/{i}", $"{{\"text\":\"{new string('x', 900)}\"}}", StateEntry.AnyETag, CancellationToken.None);
                }

                SqliteConnection.ClearAllPools();
                Garble(file);

                var help = await ReplyTextAsync(client, "status", "a:garbled");
                var ready = await client.GetAsync("/readyz");

                Assert.Equal(TurnProcessor.StorageDownText, help);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
                Assert.Contains("damaged", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            SqliteConnection.ClearAllPools();
            using var restarted = new BotApplication(dataPath: dataPath);
            var error = Assert.Throws<StateStoreUnavailableException>(() => restarted.CreateClient());
            Assert.Equal(file, error.File);
            Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    /// <summary>Overwrites every page after the first two (the header and schema stay readable).</summary>
    private static void Garble(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        var junk = Enumerable.Repeat((byte)0x5A, 4096).ToArray();
        for (var offset = 2 * 4096L; offset < stream.Length; offset += 4096)
        {
            stream.Position = offset;
            stream.Write(junk);
        }
    }

    private static async Task<string?> ReplyTextAsync(HttpClient client, string text, string conversationId)
    {
        var activity = Activities.Message(text, "http://127.0.0.1:9/", conversationId: conversationId);
        activity["deliveryMode"] = "expectReplies";
        var response = await client.SendAsync(Activities.Post(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]![0]!["text"]?.GetValue<string>();
    }

    private static void SetImmutable(string file, bool on)
    {
        using var chattr = Process.Start(new ProcessStartInfo("chattr", [on ? "+i" : "-i", file]) { RedirectStandardError = true })!;
        chattr.WaitForExit();
        Assert.True(chattr.ExitCode == 0, $"chattr failed: {chattr.StandardError.ReadToEnd()}");
    }
}
