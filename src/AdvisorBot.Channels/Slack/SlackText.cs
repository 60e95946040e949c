using System.Text.RegularExpressions;

namespace AdvisorBot.Channels.Slack;

/// <summary>
/// Makes user text safe for Slack: &amp;, &lt; and &gt; are escaped (so no <c>&lt;!channel&gt;</c>, <c>&lt;@U…&gt;</c>
/// or <c>&lt;url|text&gt;</c> can form), bare URLs and @here/@channel/@everyone are broken with a zero-width space
/// (so Slack neither links nor notifies), and text is cut to a limit.
/// </summary>
public static partial class SlackText
{
    private const char ZeroWidthSpace = '\u200B';

    public static string Escape(string text)
    {
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
        escaped = Scheme().Replace(escaped, m => $"{m.Groups[1].Value}:{ZeroWidthSpace}//");
        escaped = Www().Replace(escaped, m => $"{m.Groups[1].Value}{ZeroWidthSpace}.");
        escaped = Broadcast().Replace(escaped, m => $"@{ZeroWidthSpace}{m.Groups[1].Value}");
        return escaped;
    }

    public static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    [GeneratedRegex(@"\b([a-zA-Z][a-zA-Z0-9+.-]*):\/\/")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"\b(www)\.", RegexOptions.IgnoreCase)]
    private static partial Regex Www();

    [GeneratedRegex(@"@(here|channel|everyone)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Broadcast();
}
