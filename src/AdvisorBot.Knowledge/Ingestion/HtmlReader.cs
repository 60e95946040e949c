using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>
/// HTML, parsed by AngleSharp: the title, headings h1–h6, and the text of paragraphs, list items (nested ones as
/// their own blocks), definition terms and descriptions, divs and tables (one block per table, a line per row);
/// boilerplate dropped (see <see cref="HtmlText"/>). A term or summary ending in "?" is a question. Offsets are
/// into the raw HTML: the cited range holds the text between tags (see <see cref="Clean"/>).
/// </summary>
internal static class HtmlReader
{
    public static (string? Title, List<Block> Blocks) Read(string html)
    {
        var document = Parse(html);
        var bounds = new HtmlSourceBounds(document, html);
        var blocks = new List<Block>();
        if (document.Body is { } body)
        {
            Walk(body, bounds, blocks);
        }

        var title = TextSpans.Squash(document.Title ?? string.Empty);
        return (title.Length > 0 ? title : null, blocks);
    }

    /// <summary>The visible text of an HTML fragment, as the reader sees it: what a citation's range must contain.</summary>
    public static string Clean(string fragment) => Parse(fragment).Body is { } body ? HtmlText.Of([body]) : string.Empty;

    private static IDocument Parse(string html) =>
        new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);

    /// <summary>Inline content between block-level children becomes a block; block-level children are visited.</summary>
    private static void Walk(IElement container, HtmlSourceBounds bounds, List<Block> blocks)
    {
        var run = new List<INode>();
        foreach (var child in container.ChildNodes)
        {
            if (child is IElement element && (HtmlText.IsBoilerplate(element) || HtmlText.IsBlock(element)))
            {
                AddRun(container, run, bounds, blocks);
                if (!HtmlText.IsBoilerplate(element))
                {
                    Visit(element, bounds, blocks);
                }
            }
            else if (child is IText or IElement)
            {
                run.Add(child);
            }
        }

        AddRun(container, run, bounds, blocks);
    }

    private static void Visit(IElement element, HtmlSourceBounds bounds, List<Block> blocks)
    {
        var (start, end) = (bounds.Start(element), bounds.End(element));
        if (element.LocalName is ['h', >= '1' and <= '6'])
        {
            if (HtmlText.Of([element]) is { Length: > 0 } heading)
            {
                blocks.Add(new Block(BlockKind.Heading, element.LocalName[1] - '0', heading, start, end - start));
            }
        }
        else if (element.LocalName == "table")
        {
            if (HtmlText.Rows(element) is { Count: > 0 } rows)
            {
                blocks.Add(new Block(BlockKind.Paragraph, 0, string.Join('\n', rows), start, end - start));
            }
        }
        else
        {
            Walk(element, bounds, blocks);
        }
    }

    private static void AddRun(IElement container, List<INode> run, HtmlSourceBounds bounds, List<Block> blocks)
    {
        var text = HtmlText.Of(run);
        if (text.Length > 0)
        {
            var asked = container.LocalName is "dt" or "summary" && text.EndsWith('?');
            var kind = asked || MarkdownReader.QuestionLine().IsMatch(text) ? BlockKind.Question : BlockKind.Paragraph;
            var (start, end) = (bounds.Start(run[0]), bounds.End(run[^1]));
            blocks.Add(new Block(kind, 0, text, start, end - start));
        }

        run.Clear();
    }
}
