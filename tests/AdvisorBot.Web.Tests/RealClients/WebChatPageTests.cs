using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.RealClients;

/// <summary>
/// The page at / in a real browser: Debian's Chromium driven by playwright-core, Bot Framework Web Chat (the npm
/// package's webchat.js, served by the bot) talking Direct Line to the real host on loopback. Screenshots are kept as
/// test output in screenshots/webchat beside the test binaries (README's are copied from there).
/// </summary>
public sealed class WebChatPageTests : IDisposable
{
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots", "webchat");

    private readonly BotApplication _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task APerson_ClicksThroughAWholeDecision_GetsACitedAnswer_AndTheSummaryCard()
    {
        var address = KestrelBot.Start(_bot);
        using (var http = new HttpClient { BaseAddress = address })
        {
            await Loopback.WaitUntilOkAsync(http, "/readyz", TimeSpan.FromSeconds(60), () => false, "the bot");
        }

        var (exit, output, error) = await NodeClients.RunScriptAsync(
            "webchat-drive.js", [new Uri(address, "/?user=ana.silva&name=Ana%20Silva").AbsoluteUri, ScreenshotFolder], TimeSpan.FromMinutes(4));

        Assert.True(exit == 0, error);
        var report = JsonNode.Parse(output)!.AsObject();
        Assert.Contains("Walks your team through a technology decision", report["header"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(report["listParagraphs"]!.GetValue<int>() >= 3, $"the multi-line reply to 'decisions' shows as {report["listParagraphs"]} paragraph(s) in Web Chat");
        var questions = report["questions"]!.AsArray();
        Assert.True(questions.Count >= 10, $"only {questions.Count} questions were answered by clicking");
        Assert.Contains(questions, q => q!["how"]!.GetValue<string>() == "button");
        var result = report["results"]!.AsArray()[0]!.ToJsonString();
        Assert.Contains("Recommendation: ", result, StringComparison.Ordinal);
        var answer = report["answer"]!.ToJsonString();
        Assert.Contains("global interpreter lock", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"title\":\"Source\"", answer, StringComparison.Ordinal);
        var digest = report["digest"]!.ToJsonString();
        Assert.Contains("Design-review digest", digest, StringComparison.Ordinal);
        Assert.Contains("Node.js or Python for our backend?", digest, StringComparison.Ordinal);
        Assert.Contains("Ana Silva", digest, StringComparison.Ordinal);
        Assert.Equal(0, report["unsent"]!.GetValue<int>());
        Assert.Empty(report["consoleErrors"]!.AsArray());
        foreach (var shot in new[] { "page.png", "question.png", "result-1.png", "answer.png", "digest.png" })
        {
            Assert.True(new FileInfo(Path.Combine(ScreenshotFolder, shot)) is { Exists: true, Length: > 5000 }, $"{shot} was not written");
        }
    }
}
