using System.Text;
using System.Text.RegularExpressions;

namespace AdvisorBot.Channels.BotFramework.Schema;

/// <summary>
/// Teams and Web Chat collapse the line breaks of plain message text (Teams reads it as Markdown, where one break is a
/// space; Web Chat's plain renderer folds white space). Multi-line plain text is therefore sent as Markdown: its
/// Markdown characters escaped, each single break made a paragraph break, which both render. Text already marked
/// Markdown (e.g. an ADR) is left as the bot wrote it.
/// </summary>
public static partial class LineBreaks
{
    public static Activity KeepForMarkdownClients(Activity activity)
    {
        if (activity.Text is { } text && text.Contains('\n', StringComparison.Ordinal)
            && activity.TextFormat is null or TextFormats.Plain)
        {
            activity.Text = Keep(text);
            activity.TextFormat = TextFormats.Markdown;
        }

        return activity;
    }

    /// <summary>Plain text as Markdown that reads the same: special characters escaped, single breaks doubled.</summary>
    public static string Keep(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return Paragraphs(escaped.ToString());
    }

    /// <summary>Each single line break made a paragraph break (for card text, which has no Markdown escapes).</summary>
    public static string Paragraphs(string text) => SingleBreak().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), "\n\n");

    [GeneratedRegex(@"(?<!\n)\n(?!\n)")]
    private static partial Regex SingleBreak();
}
