namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>Numbers in words: "twenty", "fifty-five", and the multipliers that follow a number ("20k", "2 million").</summary>
public static class NumberWords
{
    private static readonly string[] Small =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["thousand"] = 1e3, ["grand"] = 1e3, ["hundred"] = 1e2, ["m"] = 1e6, ["mm"] = 1e6, ["mil"] = 1e6,
        ["mln"] = 1e6, ["million"] = 1e6, ["b"] = 1e9, ["bn"] = 1e9, ["billion"] = 1e9, ["dozen"] = 12,
    };

    /// <summary>"tens", "hundreds", "thousands"…: a span from the word's size up to ten times it.</summary>
    private static readonly Dictionary<string, double> Plurals = new(StringComparer.Ordinal)
    {
        ["tens"] = 10, ["hundreds"] = 100, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9, ["dozens"] = 12,
    };

    public static double? Multiplier(string token) => Multipliers.TryGetValue(token, out var m) ? m : null;

    public static double? Plural(string token) => Plurals.TryGetValue(token, out var m) ? m : null;

    /// <summary>A number word at <paramref name="i"/> ("forty", "forty-two", "forty two"), and the tokens it took.</summary>
    public static (double Value, int Length)? Read(IReadOnlyList<string> tokens, int i)
    {
        var small = Array.IndexOf(Small, tokens[i]);
        if (small >= 0)
        {
            return (small, 1);
        }

        var tens = Array.IndexOf(Tens, tokens[i]);
        if (tens < 2)
        {
            return null;
        }

        var unitAt = i + 1 < tokens.Count && tokens[i + 1] == "-" ? i + 2 : i + 1;
        var unit = unitAt < tokens.Count ? Array.IndexOf(Small, tokens[unitAt]) : -1;
        return unit is >= 1 and <= 9 ? ((tens * 10) + unit, unitAt - i + 1) : (tens * 10, 1);
    }
}
