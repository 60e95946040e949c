using System.Text;

namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>Forgiving comparison of what people type: case, punctuation, spacing and small typos.</summary>
public static class TextMatching
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim().ToLowerInvariant().Replace('’', '\''))
        {
            if (char.IsLetterOrDigit(c) || c is '+' or '#' or '/' or '.' or '-' or '\'')
            {
                builder.Append(c);
                space = false;
            }
            else if (!space && builder.Length > 0)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().Trim().TrimEnd('.', '-', '/', '\'');
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>Whether <paramref name="typed"/> is a near miss of <paramref name="target"/>: one typo per five letters, at most two.</summary>
    public static bool IsNearMiss(string typed, string target) =>
        target.Length >= 4 && Math.Abs(typed.Length - target.Length) <= 2
        && Distance(typed, target) <= Math.Min(2, Math.Max(1, target.Length / 5));

    public static bool ContainsWord(string text, string word) =>
        word.Length >= 2 && $" {text} ".Contains($" {word} ", StringComparison.Ordinal);
}
