using Markdig.Syntax.Inlines;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>
/// The visible text of Markdown inlines, line by line, each with its span in the source: emphasis markers, link
/// targets, images and inline HTML dropped; link text and inline code kept.
/// </summary>
internal static class MarkdownInlines
{
    public static List<TextLine> Lines(ContainerInline? inline)
    {
        var lines = new List<TextLine>();
        var line = new TextLineBuilder();
        if (inline is not null)
        {
            Walk(inline, lines, line);
        }

        line.FlushTo(lines);
        return lines;
    }

    /// <summary>All the lines as one, spanning from the first to the last; null when there is no text.</summary>
    public static TextLine? Joined(IReadOnlyList<TextLine> lines) =>
        lines.Count == 0 ? null
            : new TextLine(string.Join(' ', lines.Select(l => l.Text)), lines[0].Start, lines[^1].End - lines[0].Start);

    private static void Walk(ContainerInline container, List<TextLine> lines, TextLineBuilder line)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LineBreakInline:
                    line.FlushTo(lines);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline child:
                    Walk(child, lines, line);
                    break;
                case LiteralInline literal:
                    line.Add(literal.Content.ToString(), literal.Span);
                    break;
                case CodeInline code:
                    line.Add(code.Content, code.Span);
                    break;
                case AutolinkInline link:
                    line.Add(link.Url, link.Span);
                    break;
                case HtmlEntityInline entity:
                    line.Add(entity.Transcoded.ToString(), entity.Span);
                    break;
            }
        }
    }
}
