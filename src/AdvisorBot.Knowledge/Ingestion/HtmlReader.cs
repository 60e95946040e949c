using System.Net;
using System.Text.RegularExpressions;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>HTML: the title, headings h1–h6, and the text of paragraphs, list items and table cells; scripts and styles dropped.</summary>
internal static partial class HtmlReader
{
    public static (string? Title, List<Block> Blocks) Read(string html)
    {
        var title = TitleTag().Match(html) is { Success: true } t ? Clean(t.Groups[1].Value) : null;
        var blocks = new List<Block>();
        foreach (Match element in Element().Matches(html))
        {
            if (IsInsideIgnored(html, element.Index))
            {
                continue;
            }

            var tag = element.Groups[1].Value.ToLowerInvariant();
            var inner = element.Groups[2];
            var text = Clean(inner.Value);
            if (text.Length == 0)
            {
                continue;
            }

            var kind = tag.StartsWith('h') ? BlockKind.Heading
                : MarkdownReader.QuestionLine().IsMatch(text) ? BlockKind.Question
                : BlockKind.Paragraph;
            blocks.Add(new Block(kind, tag.StartsWith('h') ? tag[1] - '0' : 0, text, inner.Index, inner.Length));
        }

        return (title, blocks);
    }

    /// <summary>The visible text of an HTML fragment.</summary>
    public static string Clean(string fragment) => TextSpans.Squash(WebUtility.HtmlDecode(Tag().Replace(fragment, " ")));

    private static bool IsInsideIgnored(string html, int index)
    {
        foreach (Match block in Ignored().Matches(html))
        {
            if (index >= block.Index && index < block.Index + block.Length)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"<(h[1-6]|p|li|td|dt|dd)\b[^>]*>(.*?)</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Element();

    [GeneratedRegex(@"<title\b[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();

    [GeneratedRegex(@"<(script|style|nav|footer)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Ignored();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();
}
