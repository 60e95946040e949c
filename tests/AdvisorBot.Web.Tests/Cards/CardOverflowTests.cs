using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Cards;

/// <summary>
/// Every approved card, rendered by the reference renderer (adaptivecards) in Chromium at Teams' card width (450 px):
/// no text or button is clipped or reaches past the card's edge, checked in the DOM.
/// </summary>
public sealed class CardOverflowTests
{
    private static string ApprovedFolder => Path.Combine(RepositoryPaths.Root, "tests", "AdvisorBot.Web.Tests", "Cards", "Approved");

    [Fact]
    public async Task EveryApprovedCard_AtTeamsWidth_HasNothingClippedOrPastItsEdge()
    {
        var files = Directory.GetFiles(ApprovedFolder, "*.json").Where(f => !f.EndsWith(".received.json", StringComparison.Ordinal)).Order().ToList();
        Assert.True(files.Count >= 30, $"only {files.Count} approved cards");

        var reports = await CheckAsync(files);

        Assert.Equal(files.Count, reports.Count);
        var problems = reports.Where(r => r["overflows"]!.AsArray().Count > 0).Select(r => r.ToJsonString()).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task TheCheck_FindsLongButtonTitlesAndUnbreakableText()
    {
        var file = Path.Combine(Path.GetTempPath(), $"advisorbot-overflow-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"TextBlock","text":"averyveryverylongwordwithoutanyspacesthatcannotwrapinsideacardoffourhundredandfiftypixelswidth"},
              {"type":"ActionSet","actions":[{"type":"Action.Submit","title":"Monolith under a manager like systemd or a process supervisor, restarted on failure, behind nginx","data":{}}]}]}
            """);
        try
        {
            var overflows = Assert.Single(await CheckAsync([file]))["overflows"]!.AsArray().Select(o => o!["text"]!.GetValue<string>()).ToList();

            Assert.Contains(overflows, t => t.StartsWith("averyvery", StringComparison.Ordinal));
            Assert.Contains(overflows, t => t.StartsWith("Monolith under a manager", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<List<JsonObject>> CheckAsync(IReadOnlyList<string> files)
    {
        var (exit, output, error) = await NodeClients.RunScriptAsync("check-card-overflow.js", files, TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, error);
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())];
    }
}
