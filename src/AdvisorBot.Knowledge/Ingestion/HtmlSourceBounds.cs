using AngleSharp.Dom;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>
/// Character ranges in the raw HTML for parsed nodes. AngleSharp keeps where each element's start tag is (not end
/// tags nor text), so a run of nodes is bounded by the last start tag at or before its first node and the first
/// start tag after its last node's subtree (or the end of the file): the range holds the run's text between tags.
/// </summary>
internal sealed class HtmlSourceBounds
{
    private readonly int _length;
    private readonly Dictionary<INode, (int Order, int SubtreeEnd)> _nodes = new(ReferenceEqualityComparer.Instance);
    private readonly List<(int Order, int Index)> _tags = [];

    public HtmlSourceBounds(IDocument document, string html)
    {
        _length = html.Length;
        Number(document, html);
    }

    public int Start(INode first)
    {
        var order = _nodes[first].Order;
        var tag = _tags.FindLast(t => t.Order <= order);
        return tag == default ? 0 : tag.Index;
    }

    public int End(INode last)
    {
        var after = _nodes[last].SubtreeEnd;
        var tag = _tags.Find(t => t.Order > after);
        return tag == default ? _length : tag.Index;
    }

    private void Number(INode node, string html)
    {
        var order = _nodes.Count;
        _nodes[node] = (order, order);
        if (node is IElement { SourceReference: { } source })
        {
            var index = Math.Clamp(source.Position.Index, 0, Math.Max(0, html.Length - 1));
            _tags.Add((order, html.Length == 0 ? 0 : Math.Max(0, html.LastIndexOf('<', index))));
        }

        foreach (var child in node.ChildNodes)
        {
            Number(child, html);
        }

        _nodes[node] = (order, _nodes.Count - 1);
    }
}
