using System.Text.RegularExpressions;
using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Knowledge.Tests.Ingestion;

/// <summary>
/// Checks that a passage's text is found at its cited range. Readers quote visible text, so the range is compared as
/// visible text too: HTML with its tags stripped (<see cref="HtmlReader.Clean"/>); Markdown with link targets and
/// emphasis, code and link brackets removed from both sides; plain text as it is; whitespace squashed throughout.
/// </summary>
internal static partial class CitedRange
{
    /// <summary>Reads a document from text, checking that it has passages and that each holds at its cited range.</summary>
    public static SourceDocument ReadChecked(string path, string text)
    {
        var doc = DocumentReader.Read(path, text);
        Assert.NotEmpty(doc.Passages);
        Assert.All(doc.Passages, p => AssertHolds(text, p));
        return doc;
    }

    /// <summary>Checks every passage of every file of a folder; returns how many were checked.</summary>
    public static int AssertHoldsInFolder(string path)
    {
        var folder = new ContentFolder(path);
        var passages = 0;
        foreach (var file in folder.Files())
        {
            var source = File.ReadAllText(file);
            foreach (var passage in folder.Read(file).Passages)
            {
                AssertHolds(source, passage);
                passages++;
            }
        }

        return passages;
    }

    public static void AssertHolds(string source, Passage passage)
    {
        Assert.InRange(passage.Start, 0, source.Length);
        Assert.InRange(passage.Start + passage.Length, passage.Start + 1, source.Length);
        // The cited range and the passage's lines, each as visible text: HTML lines are already tag-free.
        (Func<string, string> range, Func<string, string> line) visible = Path.GetExtension(passage.DocumentPath).ToLowerInvariant() switch
        {
            ".html" or ".htm" => (HtmlReader.Clean, TextSpans.Squash),
            ".md" or ".markdown" => (Markdown, Markdown),
            _ => (TextSpans.Squash, TextSpans.Squash),
        };
        var cited = visible.range(source.Substring(passage.Start, passage.Length));
        foreach (var expected in passage.Text.Split('\n').Select(visible.line))
        {
            Assert.True(cited.Contains(expected, StringComparison.Ordinal),
                $"\"{expected}\" is not in {passage.DocumentPath}:{passage.Start}+{passage.Length}: \"{cited}\"");
        }
    }

    private static string Markdown(string text) => TextSpans.Squash(Markup().Replace(LinkTarget().Replace(text, string.Empty), string.Empty));

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"[*_`\[\]]")]
    private static partial Regex Markup();
}
