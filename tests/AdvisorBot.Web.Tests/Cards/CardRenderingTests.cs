using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdvisorBot.Core.Cards;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Tests.Cards;

/// <summary>
/// Every template, rendered with realistic and extreme data for Teams and for Web Chat: approved output, inside the
/// size budget, and accepted by the reference adaptivecards parser with zero errors and warnings.
/// </summary>
public sealed class CardRenderingTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static CardRenderer Renderer { get; } = new(
        new CardLibrary(Options.Create(new CardOptions { Path = Path.Combine(RepositoryPaths.Root, "cards") })),
        Options.Create(new CardOptions()));

    private static string ApprovedFolder => Path.Combine(RepositoryPaths.Root, "tests", "AdvisorBot.Web.Tests", "Cards", "Approved");

    public static IEnumerable<(string File, JsonObject Card)> Rendered() =>
        CardSamples.All().SelectMany(s => new[] { CardHost.Teams, CardHost.WebChat }
            .Select(host => ($"{s.Name}.{host.ToString().ToLowerInvariant()}.json", Renderer.Render(s.Template, s.Data, host))));

    [Fact]
    public void RenderedCards_MatchTheirApprovedFiles()
    {
        var mismatches = new List<string>();
        foreach (var (file, card) in Rendered())
        {
            var text = JsonSerializer.Serialize(card, Indented) + "\n";
            var approved = Path.Combine(ApprovedFolder, file);
            if (!File.Exists(approved) || File.ReadAllText(approved) != text)
            {
                File.WriteAllText(Path.ChangeExtension(approved, ".received.json"), text);
                mismatches.Add(file);
            }
        }

        Assert.True(mismatches.Count == 0, $"rendered output differs from the approved files (see *.received.json; rename to approve): {string.Join(", ", mismatches)}");
    }

    [Fact]
    public void EveryCard_StaysInsideTheTeamsBudget_AndWebChatCardsHaveNoExecuteActions()
    {
        foreach (var (file, card) in Rendered())
        {
            Assert.True(CardRenderer.Size(card) <= 80 * 1024, $"{file} is {CardRenderer.Size(card)} bytes");
            if (file.Contains(".webchat.", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("Action.Execute", card.ToJsonString(), StringComparison.Ordinal);
            }
        }

        Assert.Contains(Rendered(), r => r.File.StartsWith("summary-extreme", StringComparison.Ordinal) && r.Card.ToJsonString().Contains("and 32 more options", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryCard_PassesTheAdaptiveCardsParser_WithNoErrorsOrWarnings()
    {
        var folder = Path.Combine(Path.GetTempPath(), "advisorbot-cards-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new List<string>();
            foreach (var (file, card) in Rendered())
            {
                var path = Path.Combine(folder, file);
                await File.WriteAllTextAsync(path, card.ToJsonString());
                files.Add(path);
            }

            await NodeClients.PathOfAsync(Path.Combine("adaptivecards", "package.json"));
            var info = new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.TestClients, "validate-cards.js"), .. files])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepositoryPaths.TestClients,
            };
            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, output + error);
            Assert.Equal(files.Count, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("\"ok\":true", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
