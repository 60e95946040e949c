using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>
/// What of an HTML page is content: boilerplate (navigation, scripts, styles, footers, site headers, forms, code)
/// is dropped; block-level elements separate text; a table row's cells are joined with " | ".
/// </summary>
internal static class HtmlText
{
    private static readonly FrozenSet<string> Boilerplate = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "iframe", "svg", "pre");

    private static readonly FrozenSet<string> BoilerplateRoles = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "navigation", "banner", "contentinfo", "search");

    private static readonly FrozenSet<string> BlockLevel = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "address", "article", "blockquote", "body", "details", "div", "dl", "dd", "dt", "fieldset", "figcaption",
        "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "section", "summary",
        "table", "ul");

    public static bool IsBoilerplate(IElement element) =>
        Boilerplate.Contains(element.LocalName)
        || element.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role)
        || element.LocalName == "header" && element.Closest("article, main") is null;

    public static bool IsBlock(IElement element) => BlockLevel.Contains(element.LocalName);

    /// <summary>The visible text of nodes, whitespace squashed.</summary>
    public static string Of(IEnumerable<INode> nodes)
    {
        var text = new StringBuilder();
        foreach (var node in nodes)
        {
            Append(node, text);
        }

        return TextSpans.Squash(text.ToString());
    }

    /// <summary>A table's rows, one line each, cells joined with " | ".</summary>
    public static List<string> Rows(IElement table) =>
        [.. table.QuerySelectorAll("tr")
            .Select(row => string.Join(" | ", row.Children.Where(c => c.LocalName is "td" or "th").Select(c => Of([c]))))
            .Where(row => row.Trim('|', ' ').Length > 0)];

    private static void Append(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                text.Append(t.Data);
                break;
            case IElement element when IsBoilerplate(element):
                break;
            case IElement { LocalName: "br" }:
                text.Append(' ');
                break;
            case IElement { LocalName: "table" } table:
                text.Append(' ').AppendJoin(' ', Rows(table)).Append(' ');
                break;
            case IElement element:
                var block = IsBlock(element);
                text.Append(block ? " " : string.Empty);
                foreach (var child in element.ChildNodes)
                {
                    Append(child, text);
                }

                text.Append(block ? " " : string.Empty);
                break;
        }
    }
}
