using System.Text.RegularExpressions;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>Markdown: front matter, ATX headings, paragraphs separated by blank lines, list items, "Q1:"-style lines.</summary>
internal static partial class MarkdownReader
{
    public static (Dictionary<string, string> FrontMatter, List<Block> Blocks) Read(string text)
    {
        var frontMatter = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var blocks = new List<Block>();
        var inFrontMatter = false;
        var inCode = false;
        int? paragraphStart = null;
        var paragraphEnd = 0;
        var first = true;

        void Flush()
        {
            if (paragraphStart is { } s)
            {
                blocks.Add(new Block(BlockKind.Paragraph, 0, TextSpans.Squash(text[s..paragraphEnd]), s, paragraphEnd - s));
                paragraphStart = null;
            }
        }

        foreach (var (line, start) in TextSpans.Lines(text))
        {
            var trimmed = line.Trim();
            if (first && trimmed == "---")
            {
                inFrontMatter = true;
                first = false;
                continue;
            }

            first = false;
            if (inFrontMatter)
            {
                if (trimmed == "---")
                {
                    inFrontMatter = false;
                }
                else if (trimmed.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
                {
                    frontMatter[trimmed[..colon].Trim()] = trimmed[(colon + 1)..].Trim().Trim('"', '\'');
                }

                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                Flush();
                inCode = !inCode;
                continue;
            }

            var heading = Heading().Match(line);
            if (!inCode && heading.Success)
            {
                Flush();
                var (s, length) = TextSpans.Trimmed(heading.Groups[2].Value, start + heading.Groups[2].Index);
                blocks.Add(new Block(BlockKind.Heading, heading.Groups[1].Length, heading.Groups[2].Value.Trim(), s, length));
            }
            else if (trimmed.Length == 0)
            {
                Flush();
            }
            else if (QuestionLine().IsMatch(trimmed) || ListItem().IsMatch(line))
            {
                Flush();
                var (s, length) = TextSpans.Trimmed(line, start);
                var kind = QuestionLine().IsMatch(trimmed) ? BlockKind.Question : BlockKind.Paragraph;
                blocks.Add(new Block(kind, 0, trimmed, s, length));
            }
            else
            {
                var (s, length) = TextSpans.Trimmed(line, start);
                paragraphStart ??= s;
                paragraphEnd = s + length;
            }
        }

        Flush();
        return (frontMatter, blocks);
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.+?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s+")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(\*\*)?Q\d*\s*[:.)]\s*\S.*\?(\*\*)?$", RegexOptions.IgnoreCase)]
    internal static partial Regex QuestionLine();
}
