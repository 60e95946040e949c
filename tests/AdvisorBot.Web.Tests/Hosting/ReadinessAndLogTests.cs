using System.Net;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Web.Tests.Hosting;

/// <summary>What /readyz reports while indexing fails and recovers, and what the logs do and do not hold.</summary>
public sealed class ReadinessAndLogTests
{
    [Fact]
    public async Task AFailedIndexBuild_IsReportedInReadyz_AndRetriedUntilItSucceeds()
    {
        // A file where the index folder belongs: every build fails until the file is gone.
        var index = Path.Combine(BotApplication.NewDataPath(), "index");
        Directory.CreateDirectory(Path.GetDirectoryName(index)!);
        await File.WriteAllTextAsync(index, "not a folder");
        using var bot = new BotApplication(new() { ["Knowledge:IndexPath"] = index });
        var client = bot.CreateClient();
        var body = string.Empty;
        for (var i = 0; i < 300 && !body.Contains("indexing the content failed", StringComparison.Ordinal); i++)
        {
            await Task.Delay(50);
            body = await (await client.GetAsync("/readyz")).Content.ReadAsStringAsync();
        }

        Assert.Contains("indexing the content failed", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);

        File.Delete(index);

        await Loopback.WaitUntilOkAsync(client, "/readyz", TimeSpan.FromSeconds(120), () => false, "the retried index");
        Directory.Delete(Path.GetDirectoryName(index)!, recursive: true);
    }

    [Fact]
    public async Task Logs_HoldNoQueryString_AndNoErrorWhileStillIndexing()
    {
        var logs = new CollectingLoggerProvider();
        using var bot = new BotApplication(new()
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
        }, services: s => s.AddSingleton<ILoggerProvider>(logs));
        var client = bot.CreateClient();
        await Loopback.WaitUntilOkAsync(client, "/readyz", TimeSpan.FromSeconds(120), () => false, "the bot");

        using var withToken = Activities.Post(Activities.Message("help", "http://127.0.0.1:9/"));
        withToken.RequestUri = new Uri("/api/messages?token=secret-in-the-query", UriKind.Relative);
        await client.SendAsync(withToken);

        Assert.Contains(logs.Lines, l => l.Category == "AdvisorBot.Requests" && l.Message.Contains("/api/messages", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains("secret-in-the-query", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Error);
    }

    /// <summary>
    /// A bot process asked to stop (SIGTERM) while it builds its index from scratch stops at once and logs no
    /// indexing failure: the embedding model reports a run cut short by the stop as an error of its own, which is no
    /// failure of the content.
    /// </summary>
    [Fact]
    public async Task StoppingWhileIndexing_StopsAndLogsNoIndexingFailure()
    {
        var folder = BotApplication.NewDataPath();
        var index = Path.Combine(folder, "index");
        await using var bot = await BotInstance.StartAsync(new Dictionary<string, string>
        {
            ["State__DataPath"] = Path.Combine(folder, "state"),
            ["Knowledge__IndexPath"] = index,
            ["Logging__LogLevel__Default"] = "Information",
        }, readyPath: "healthz");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!Directory.Exists(index) || Directory.GetDirectories(index).Length == 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "the index build did not start\n" + bot.Output);
            await Task.Delay(10);
        }

        await Task.Delay(TimeSpan.FromSeconds(1)); // into the build: the passages are being embedded
        var building = (await bot.Http.GetAsync("readyz")).StatusCode != System.Net.HttpStatusCode.OK;
        await bot.StopAsync(TimeSpan.FromSeconds(30));

        Assert.True(building, "the index was built before the stop; the test stopped the bot too late\n" + bot.Output);
        Assert.DoesNotContain("Indexing the content failed", bot.Output, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
