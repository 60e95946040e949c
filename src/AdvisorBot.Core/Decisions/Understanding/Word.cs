using System.Text;
using System.Text.RegularExpressions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// One word of a reply or of a choice's name: as typed (lower case), without its inner punctuation ("i/o-bound" →
/// "iobound", "don't" → "dont") and reduced to a rough stem ("containers" → "container", "scheduled" → "schedul"),
/// so plurals and tenses meet.
/// </summary>
public readonly record struct Word(string Text, string Compact, string Stem)
{
    public bool IsNumber => Compact.Length > 0 && Compact.All(char.IsAsciiDigit);
}

/// <summary>Cuts text into <see cref="Word"/>s.</summary>
public static partial class Words
{
    public static IReadOnlyList<Word> Of(string text) =>
        [.. WordPattern().Matches(BetweenWords().Replace(Lower(text), " ")).Select(m => Make(m.Value))];

    /// <summary>Lower case, typographic apostrophes made plain, letters repeated for emphasis cut ("nooo" → "no").</summary>
    public static string Lower(string text) =>
        RepeatedLetters().Replace(text.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\''), "$1");

    public static Word Make(string text)
    {
        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not ('\'' or '.' or '/' or '-'))
            {
                compact.Append(c);
            }
        }

        var plain = compact.ToString();
        return new Word(text, plain, Stem(plain));
    }

    /// <summary>A light stemmer: enough that "services", "serving" and "serve", "schedule" and "scheduled" or "readable" and "read" meet.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsAsciiLetter))
        {
            return word;
        }

        var stem = word;
        if (stem.EndsWith("ies", StringComparison.Ordinal) && stem.Length > 4)
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.EndsWith("sses", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith('s') && !stem.EndsWith("ss", StringComparison.Ordinal) && !stem.EndsWith("us", StringComparison.Ordinal)
            && (!stem.EndsWith("is", StringComparison.Ordinal) || stem.Length <= 5))
        {
            stem = stem[..^1];
        }
        else if (stem.EndsWith("ing", StringComparison.Ordinal) && stem.Length >= 6)
        {
            stem = stem[..^3];
        }
        else if (stem.EndsWith("ed", StringComparison.Ordinal) && stem.Length >= 5)
        {
            stem = stem[..^2];
        }
        else if (stem.EndsWith("able", StringComparison.Ordinal) && stem.Length >= 8)
        {
            stem = stem[..^4]; // "readable" meets "read", "maintainable" "maintain"
        }

        return stem.EndsWith('e') && stem.Length >= 4 ? stem[..^1] : stem;
    }

    [GeneratedRegex(@"[a-z0-9+#]+(?:['./\-][a-z0-9+#]+)*")]
    private static partial Regex WordPattern();

    /// <summary>A slash between two words of two letters or more is a break ("js/ts"); between single letters it is one word ("i/o").</summary>
    [GeneratedRegex(@"(?<=[a-z0-9+#]{2})/(?=[a-z0-9+#]{2})")]
    private static partial Regex BetweenWords();

    [GeneratedRegex(@"([a-z])\1{2,}")]
    private static partial Regex RepeatedLetters();
}
