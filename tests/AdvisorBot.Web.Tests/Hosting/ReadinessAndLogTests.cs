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

        await Loopback.WaitUntilOkAsync(client, "/readyz", TimeSpan.FromSeconds(90), () => false, "the retried index");
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
        await Loopback.WaitUntilOkAsync(client, "/readyz", TimeSpan.FromSeconds(30), () => false, "the bot");

        using var withToken = Activities.Post(Activities.Message("help", "http://127.0.0.1:9/"));
        withToken.RequestUri = new Uri("/api/messages?token=secret-in-the-query", UriKind.Relative);
        await client.SendAsync(withToken);

        Assert.Contains(logs.Lines, l => l.Category == "AdvisorBot.Requests" && l.Message.Contains("/api/messages", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains("secret-in-the-query", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Level >= LogLevel.Error);
    }
}
