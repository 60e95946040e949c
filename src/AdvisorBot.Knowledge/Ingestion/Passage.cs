namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>
/// A unit of indexed content with where it came from: the document, its heading path, and the character range in
/// the source file (so a citation can point at the exact place). FAQ entries also carry their question.
/// </summary>
public sealed record Passage(
    string Id,
    string DocumentPath,
    string DocumentTitle,
    string Section,
    int Start,
    int Length,
    string Text,
    string? Question)
{
    public bool IsFaq => Question is not null;

    /// <summary>Where the text says it comes from ("000_….txt, Section 2"): the source notes cut off its quotable text.</summary>
    public IReadOnlyList<string> Origins { get; init; } = [];
}

/// <summary>A document as read: its path relative to the content folder, its metadata and its passages.</summary>
public sealed record SourceDocument(string Path, string Title, string? Source, string? Date, IReadOnlyList<Passage> Passages);

/// <summary>A structural piece of a source file: a heading, a paragraph, or a question line, with its span in the file.</summary>
internal sealed record Block(BlockKind Kind, int Level, string Text, int Start, int Length)
{
    /// <summary>The references of a source note cut off the end of <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Origins { get; init; } = [];
}

internal enum BlockKind
{
    Heading,
    Paragraph,
    Question,
}
