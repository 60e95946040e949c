using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>
/// Markdown, parsed by Markdig with precise source locations: front matter, ATX and setext headings, paragraphs,
/// list items at any depth, block quotes, pipe tables (one block per table, a line per row) and "Q1:"-style lines.
/// Code blocks and HTML blocks stay out of passages: they are not prose an answer can quote.
/// </summary>
internal static partial class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    public static (Dictionary<string, string> FrontMatter, List<Block> Blocks) Read(string text)
    {
        var frontMatter = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var blocks = new List<Block>();
        Walk(Markdown.Parse(text, Pipeline), text, frontMatter, blocks);
        return (frontMatter, blocks);
    }

    private static void Walk(ContainerBlock container, string text, Dictionary<string, string> frontMatter, List<Block> blocks)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    ReadFrontMatter(text.Substring(yaml.Span.Start, yaml.Span.Length), frontMatter);
                    break;
                case CodeBlock:
                    break;
                case HeadingBlock heading when MarkdownInlines.Joined(MarkdownInlines.Lines(heading.Inline)) is { } line:
                    blocks.Add(new Block(BlockKind.Heading, heading.Level, line.Text, line.Start, line.Length));
                    break;
                case ParagraphBlock paragraph:
                    AddParagraph(MarkdownInlines.Lines(paragraph.Inline), blocks);
                    break;
                case Table table:
                    AddTable(table, blocks);
                    break;
                case ContainerBlock child:
                    Walk(child, text, frontMatter, blocks);
                    break;
            }
        }
    }

    /// <summary>A paragraph is one block, unless it holds "Q1:" lines: then each question line is its own block.</summary>
    private static void AddParagraph(List<TextLine> lines, List<Block> blocks)
    {
        if (!lines.Any(l => QuestionLine().IsMatch(l.Text)))
        {
            if (MarkdownInlines.Joined(lines) is { } whole)
            {
                blocks.Add(new Block(BlockKind.Paragraph, 0, whole.Text, whole.Start, whole.Length));
            }

            return;
        }

        var run = new List<TextLine>();
        foreach (var line in lines.Append(null))
        {
            if (line is not null && !QuestionLine().IsMatch(line.Text))
            {
                run.Add(line);
                continue;
            }

            if (MarkdownInlines.Joined(run) is { } answer)
            {
                blocks.Add(new Block(BlockKind.Paragraph, 0, answer.Text, answer.Start, answer.Length));
            }

            run.Clear();
            if (line is not null)
            {
                blocks.Add(new Block(BlockKind.Question, 0, line.Text, line.Start, line.Length));
            }
        }
    }

    /// <summary>A table stays whole: one block, a line per row, cells separated by " | " as in the source.</summary>
    private static void AddTable(Table table, List<Block> blocks)
    {
        var rows = table.OfType<TableRow>()
            .Select(row => string.Join(" | ", row.OfType<TableCell>().Select(CellText)))
            .Where(row => row.Trim('|', ' ').Length > 0)
            .ToList();
        if (rows.Count > 0)
        {
            blocks.Add(new Block(BlockKind.Paragraph, 0, string.Join('\n', rows), table.Span.Start, table.Span.Length));
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(' ', cell.OfType<LeafBlock>().SelectMany(leaf => MarkdownInlines.Lines(leaf.Inline)).Select(l => l.Text));

    private static void ReadFrontMatter(string yaml, Dictionary<string, string> frontMatter)
    {
        foreach (var (line, _) in TextSpans.Lines(yaml))
        {
            var trimmed = line.Trim();
            if (trimmed is not ("---" or "...") && trimmed.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                frontMatter[trimmed[..colon].Trim()] = trimmed[(colon + 1)..].Trim().Trim('"', '\'');
            }
        }
    }

    [GeneratedRegex(@"^(\*\*)?Q\d*\s*[:.)]\s*\S.*\?(\*\*)?$", RegexOptions.IgnoreCase)]
    internal static partial Regex QuestionLine();
}
