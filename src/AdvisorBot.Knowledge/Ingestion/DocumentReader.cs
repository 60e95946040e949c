namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>Reads one file of the content folder into a <see cref="SourceDocument"/>, by its extension.</summary>
public static class DocumentReader
{
    public static readonly string[] Extensions = [".md", ".markdown", ".txt", ".html", ".htm"];

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static SourceDocument Read(string relativePath, string text)
    {
        var extension = Path.GetExtension(relativePath).ToLowerInvariant();
        var fallbackTitle = Path.GetFileNameWithoutExtension(relativePath).Replace('-', ' ').Replace('_', ' ');
        switch (extension)
        {
            case ".md" or ".markdown":
                var (frontMatter, mdBlocks) = MarkdownReader.Read(text);
                var mdTitle = frontMatter.GetValueOrDefault("title")
                    ?? mdBlocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && b.Level == 1)?.Text ?? fallbackTitle;
                return new SourceDocument(relativePath, mdTitle, frontMatter.GetValueOrDefault("source"), frontMatter.GetValueOrDefault("date"),
                    PassageBuilder.Build(relativePath, mdTitle, mdBlocks));
            case ".html" or ".htm":
                var (htmlTitle, htmlBlocks) = HtmlReader.Read(text);
                var title = htmlTitle ?? htmlBlocks.FirstOrDefault(b => b.Kind == BlockKind.Heading)?.Text ?? fallbackTitle;
                return new SourceDocument(relativePath, title, null, null, PassageBuilder.Build(relativePath, title, htmlBlocks));
            default:
                var blocks = PlainTextReader.Read(text);
                var first = TextSpans.Lines(text).Select(l => l.Line.Trim()).FirstOrDefault(l => l.Length > 0);
                var textTitle = first is { Length: > 0 and <= 120 } && !first.EndsWith('.') && first.Split(' ').Length > 2 ? first : fallbackTitle;
                return new SourceDocument(relativePath, textTitle, null, null, PassageBuilder.Build(relativePath, textTitle, blocks));
        }
    }
}
