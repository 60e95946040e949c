using System.Globalization;
using System.Text.RegularExpressions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A figure with its unit read as the name that counts it: "10+ yrs" or "twelve years" is "many years", "3 years" is
/// "a few years", a call that "takes like 20s" or "30 seconds" is a slow call. Only the names listed here are read
/// this way.
/// </summary>
public static partial class CountedNames
{
    private static readonly string[] Years = ["year", "yr", "yrs"];
    private static readonly string[] Seconds = ["s", "sec", "secs", "second"];

    /// <summary>Each name (its stems run together), the units it counts and the figures it takes.</summary>
    private static readonly Dictionary<string, (string[] Units, Func<double, bool> Fits)> Counted = new(StringComparer.Ordinal)
    {
        ["manyyear"] = (Years, n => n >= 5), ["severalyear"] = (Years, n => n >= 5), ["afewyear"] = (Years, n => n is >= 2 and < 5),
        ["fewyear"] = (Years, n => n is >= 2 and < 5), ["slowcall"] = (Seconds, n => n >= 2), ["slowrequest"] = (Seconds, n => n >= 2),
        ["longrequest"] = (Seconds, n => n >= 2),
    };

    /// <summary>How many words from <paramref name="start"/> give a figure <paramref name="name"/> counts, or null.</summary>
    public static int? MatchLength(ChoiceName name, IReadOnlyList<Word> words, int start)
    {
        if (!Counted.TryGetValue(name.Joined, out var counted))
        {
            return null;
        }

        // "20s": the figure and its unit in one word.
        if (Joined().Match(words[start].Compact) is { Success: true } joined && counted.Units.Contains(joined.Groups[2].Value))
        {
            return counted.Fits(Number(joined.Groups[1].Value)) ? 1 : null;
        }

        return start + 1 < words.Count && counted.Units.Contains(words[start + 1].Stem) && Figure(words[start]) is { } figure && counted.Fits(figure)
            ? 2
            : null;
    }

    /// <summary>"10", "10+", "ten": the figure said, or null.</summary>
    private static double? Figure(Word word)
    {
        var digits = word.Compact.TrimEnd('+');
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) ? Number(digits) : NumberWords.Read([word.Compact], 0)?.Value;
    }

    private static double Number(string digits) => double.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d+)\+?([a-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Joined();
}
