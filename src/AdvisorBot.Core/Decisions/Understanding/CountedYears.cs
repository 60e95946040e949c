using System.Globalization;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A figure of years read as the name that counts them: "10+ yrs" or "twelve years" is "many years", "3 years" is
/// "a few years". Only names made of a counting word and "years" are read this way.
/// </summary>
public static class CountedYears
{
    /// <summary>From this many years on, the years are many.</summary>
    private const double Many = 5;

    private static readonly HashSet<string> YearStems = new(StringComparer.Ordinal) { "year", "yr", "yrs" };

    /// <summary>How many words from <paramref name="start"/> give a figure of years <paramref name="name"/> counts, or null.</summary>
    public static int? MatchLength(ChoiceName name, IReadOnlyList<Word> words, int start)
    {
        if (name.Stems.Count < 2 || name.Stems[^1] != "year" || start + 1 >= words.Count
            || !YearStems.Contains(words[start + 1].Stem) || Years(words[start]) is not { } years)
        {
            return null;
        }

        var said = string.Join(' ', name.Stems.Take(name.Stems.Count - 1));
        var fits = said switch
        {
            "many" or "lot of" or "several" => years >= Many,
            "a few" or "few" or "a couple of" or "couple of" => years is >= 2 and < Many,
            _ => false,
        };
        return fits ? 2 : null;
    }

    /// <summary>"10", "10+", "ten": the years said, or null.</summary>
    private static double? Years(Word word)
    {
        var digits = word.Compact.TrimEnd('+');
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
        {
            return double.Parse(digits, CultureInfo.InvariantCulture);
        }

        return NumberWords.Read([word.Compact], 0)?.Value;
    }
}
