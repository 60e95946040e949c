using System.Text.RegularExpressions;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>
/// A sentence in parentheses that only names sources — "(Source: a.txt, Section 2.)" or "(Sources: a.txt, X; b.txt.)" —
/// at the end of a paragraph. It is cut off the quotable text, and what it points at is kept as origins. Only notes
/// that end the text are cut, so the rest stays one contiguous piece of the source (its offsets stay true).
/// </summary>
internal static partial class SourceNote
{
    public static (string Text, IReadOnlyList<string> Origins) Split(string text)
    {
        var origins = new List<string>();
        while (TrailingNote().Match(text) is { Success: true } note)
        {
            origins.InsertRange(0, note.Groups["refs"].Value.Split(';')
                .Select(r => r.Trim().TrimEnd('.').Trim())
                .Where(r => r.Length > 0));
            text = text[..note.Index].TrimEnd();
        }

        return (text, origins);
    }

    [GeneratedRegex(@"\s*\(\s*Sources?\s*:\s*(?<refs>[^()]*)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNote();
}
