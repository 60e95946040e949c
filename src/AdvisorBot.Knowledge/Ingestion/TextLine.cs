using System.Text;
using Markdig.Syntax;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>One line of visible text and the span in the source that holds it.</summary>
internal sealed record TextLine(string Text, int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>Collects the visible pieces of one line with the smallest source span that covers them all.</summary>
internal sealed class TextLineBuilder
{
    private readonly StringBuilder _text = new();
    private int _start = int.MaxValue;
    private int _end = -1;

    public void Add(string text, SourceSpan span)
    {
        _text.Append(text);
        if (!span.IsEmpty && span.Start >= 0)
        {
            _start = Math.Min(_start, span.Start);
            _end = Math.Max(_end, span.End + 1);
        }
    }

    public void FlushTo(List<TextLine> lines)
    {
        var text = TextSpans.Squash(_text.ToString());
        if (text.Length > 0 && _end > _start)
        {
            lines.Add(new TextLine(text, _start, _end - _start));
        }

        _text.Clear();
        _start = int.MaxValue;
        _end = -1;
    }
}
