using System.Text.RegularExpressions;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>
/// Plain text as found on the web, read as it is: each non-empty line is a paragraph; short lines that do not end a
/// sentence are headings; "Q1:" lines and short lines ending in "?" are questions; a "Section N - …" heading glued to
/// the end of another line is split off.
/// </summary>
internal static partial class PlainTextReader
{
    public static List<Block> Read(string text)
    {
        var blocks = new List<Block>();
        var lines = TextSpans.Lines(text).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, start) = lines[i];
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            var glued = GluedSection().Match(line);
            if (glued.Success && glued.Groups[1].Value.Trim().Length > 0)
            {
                AddLine(blocks, glued.Groups[1].Value, start, NextText(lines, i));
                var at = start + glued.Groups[2].Index;
                blocks.Add(new Block(BlockKind.Heading, 2, glued.Groups[2].Value.Trim(), at, glued.Groups[2].Value.Trim().Length));
                continue;
            }

            AddLine(blocks, line, start, NextText(lines, i));
        }

        return blocks;
    }

    private static void AddLine(List<Block> blocks, string line, int lineStart, string? next)
    {
        var trimmed = line.Trim();
        var (start, length) = TextSpans.Trimmed(line, lineStart);
        var text = TextSpans.Squash(trimmed.TrimStart('•', '–', '-', '*', ' '));
        var kind = MarkdownReader.QuestionLine().IsMatch(trimmed) || IsQuestionHeading(trimmed, next) ? BlockKind.Question
            : IsHeading(trimmed, next) ? BlockKind.Heading
            : BlockKind.Paragraph;
        blocks.Add(new Block(kind, kind == BlockKind.Heading ? 2 : 0, kind == BlockKind.Heading ? trimmed.TrimEnd(':') : text, start, length));
    }

    private static bool IsQuestionHeading(string line, string? next) =>
        line.EndsWith('?') && line.Length <= 150 && !Bullet().IsMatch(line) && next is { Length: > 0 } && !next.EndsWith('?');

    private static bool IsHeading(string line, string? next)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return line.Length <= 80 && words <= 12 && next is not null
            && !line.EndsWith('.') && !line.EndsWith(',') && !line.EndsWith(';') && !line.EndsWith('!')
            && !Bullet().IsMatch(line) && !CodeLike().IsMatch(line) && !line.Contains('|', StringComparison.Ordinal);
    }

    private static string? NextText(List<(string Line, int Start)> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].Line.Trim() is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(.*?[!.?])(Section \d+\s*-\s*.+)$")]
    private static partial Regex GluedSection();

    [GeneratedRegex(@"^\s*[•–\-*]\s")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"[;{}=<>]|^\s*(import|from|def|async|const|let|var|return)\b")]
    private static partial Regex CodeLike();
}
