using System.Globalization;
using System.Text.RegularExpressions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Reads the figures in a reply: "20k", "about 20000", "~2,000", "a few hundred", "tens of thousands", "10-20k",
/// "single digit", "double-digit thousands", "between 500 and 2,000", "over 50k", "fewer than 100", "50,000 or more".
/// "About" widens a figure by a tenth either way (no further than the figure's last digit), so a figure near a step's
/// bound is asked back rather than guessed.
/// </summary>
public static partial class QuantityReader
{
    private const double Hedge = 0.1;

    private enum Bound
    {
        None,
        Hedged,
        AtLeast,
        Below,
        Between,
    }

    /// <summary>
    /// Phrases that put a figure far out of reach, and so below it: "nowhere near a hundred", "not even close to 1k".
    /// Their negation says how far short, not that the figure is wrong.
    /// </summary>
    public static readonly IReadOnlyList<string> FarShort =
    [
        "nowhere near", "nowhere close to", "not even close to", "not anywhere near", "not even near", "nothing like",
    ];

    private static readonly Dictionary<string, Bound> Before = new Dictionary<string, Bound>(StringComparer.Ordinal)
    {
        ["about"] = Bound.Hedged, ["around"] = Bound.Hedged, ["roughly"] = Bound.Hedged, ["approximately"] = Bound.Hedged,
        ["approx"] = Bound.Hedged, ["~"] = Bound.Hedged, ["circa"] = Bound.Hedged, ["ca"] = Bound.Hedged,
        ["maybe"] = Bound.Hedged, ["probably"] = Bound.Hedged, ["perhaps"] = Bound.Hedged, ["nearly"] = Bound.Hedged,
        ["almost"] = Bound.Hedged, ["close to"] = Bound.Hedged, ["something like"] = Bound.Hedged, ["like"] = Bound.Hedged,
        ["somewhere around"] = Bound.Hedged, ["some"] = Bound.Hedged, ["up to"] = Bound.Hedged, ["max"] = Bound.Hedged,
        ["maximum"] = Bound.Hedged, ["peak of"] = Bound.Hedged, ["peaking at"] = Bound.Hedged, ["on the order of"] = Bound.Hedged,
        ["in the region of"] = Bound.Hedged, ["over"] = Bound.AtLeast, ["above"] = Bound.AtLeast, ["more than"] = Bound.AtLeast,
        ["greater than"] = Bound.AtLeast, ["beyond"] = Bound.AtLeast, [">"] = Bound.AtLeast, ["at least"] = Bound.AtLeast,
        ["upwards of"] = Bound.AtLeast, ["in excess of"] = Bound.AtLeast, ["north of"] = Bound.AtLeast, ["exceeding"] = Bound.AtLeast,
        ["under"] = Bound.Below, ["below"] = Bound.Below, ["less than"] = Bound.Below, ["fewer than"] = Bound.Below,
        ["<"] = Bound.Below, ["within"] = Bound.Below, ["no more than"] = Bound.Below, ["not more than"] = Bound.Below,
        ["at most"] = Bound.Below, ["between"] = Bound.Between, ["from"] = Bound.Between,
    }.Concat(FarShort.Select(p => KeyValuePair.Create(p, Bound.Below))).ToDictionary(StringComparer.Ordinal);

    private static readonly Dictionary<string, Bound> After = new(StringComparer.Ordinal)
    {
        ["+"] = Bound.AtLeast, ["plus"] = Bound.AtLeast, ["or more"] = Bound.AtLeast, ["or above"] = Bound.AtLeast,
        ["or higher"] = Bound.AtLeast, ["and up"] = Bound.AtLeast, ["and above"] = Bound.AtLeast, ["at least"] = Bound.AtLeast,
        ["or less"] = Bound.Below, ["or fewer"] = Bound.Below, ["or below"] = Bound.Below, ["and below"] = Bound.Below,
        ["tops"] = Bound.Below, ["at most"] = Bound.Below, ["max"] = Bound.Hedged, ["ish"] = Bound.Hedged,
        ["or so"] = Bound.Hedged, ["give or take"] = Bound.Hedged, ["roughly"] = Bound.Hedged, ["or thereabouts"] = Bound.Hedged,
    };

    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal) { "to", "-", "–", "or", "through", "and" };
    private static readonly HashSet<string> NotRange = new(StringComparer.Ordinal) { "more", "less", "so", "fewer", "above", "below", "higher", "lower", "up" };

    public static IReadOnlyList<string> Tokens(string lower) => [.. TokenPattern().Matches(lower).Select(m => m.Value)];

    public static IReadOnlyList<Quantity> Read(IReadOnlyList<string> tokens)
    {
        var found = new List<Quantity>();
        for (var i = 0; i < tokens.Count;)
        {
            if (ReadAt(tokens, i) is { } quantity)
            {
                found.Add(quantity);
                i = quantity.End;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static Quantity? ReadAt(IReadOnlyList<string> tokens, int start)
    {
        var bound = Bound.None;
        var at = start;
        if (Longest(tokens, at, Before.Keys) is { } prefix)
        {
            bound = Before[prefix];
            at += Phrases.Length(prefix);
        }

        if (Base(tokens, at) is not { } first)
        {
            return null;
        }

        var (low, high, end) = (first.Low, first.High, first.End);
        bound = first.Hedged && bound == Bound.None ? Bound.Hedged : bound;
        if (end < tokens.Count && RangeWords.Contains(tokens[end]) && (tokens[end] != "and" || bound == Bound.Between)
            && !(end + 1 < tokens.Count && NotRange.Contains(tokens[end + 1])) && Base(tokens, end + 1) is { } second)
        {
            // "10-20k": the second figure's multiplier carries back to a bare first one.
            var factor = first.Multiplied || second.Factor == 1 || first.Low * second.Factor > second.Low ? 1 : second.Factor;
            (low, high, end) = (first.Low * factor, second.High, second.End);
            bound = Bound.None;
        }
        else if (Longest(tokens, end, After.Keys) is { } suffix && !(suffix == "plus" && end + 1 < tokens.Count && Base(tokens, end + 1) is not null))
        {
            bound = bound == Bound.None ? After[suffix] : bound;
            end += Phrases.Length(suffix);
        }

        return bound switch
        {
            Bound.Hedged when low == high => new Quantity(low - Widening(low), high + Widening(low), start, end) { About = low },
            Bound.AtLeast => new Quantity(low, double.PositiveInfinity, start, end),
            Bound.Below => new Quantity(0, high, start, end),
            _ => new Quantity(low, high, start, end),
        };
    }

    private sealed record Figure(double Low, double High, int End, bool Multiplied, double Factor)
    {
        /// <summary>Whether a hedge came inside the figure ("twenty-ish thousand").</summary>
        public bool Hedged { get; init; }
    }

    /// <summary>A number with its multipliers ("20k", "a hundred thousand", "a few hundred"), or a plural span ("tens of thousands").</summary>
    private static Figure? Base(IReadOnlyList<string> tokens, int at)
    {
        if (at >= tokens.Count)
        {
            return null;
        }

        double low, high;
        var end = at + 1;
        var token = tokens[at];
        if (Longest(tokens, at, Digits.Keys) is { } digits)
        {
            // "single digit rps", "double-digit thousands": a span of the figures with that many digits.
            (low, high) = (Digits[digits], Digits[digits] * 10);
            end = at + Phrases.Length(digits);
            if (end < tokens.Count && tokens[end] != "dozens" && NumberWords.Plural(tokens[end]) is { } size)
            {
                (low, high, end) = (low * size, high * size, end + 1);
            }
        }
        else if (char.IsAsciiDigit(token[0]))
        {
            low = high = double.Parse(new string([.. token.Where(c => char.IsAsciiDigit(c) || c == '.')]), CultureInfo.InvariantCulture);
        }
        else if (NumberWords.Read(tokens, at) is { } word)
        {
            low = high = word.Value;
            end = at + word.Length;
        }
        else if (token == "half" && end + 1 < tokens.Count && tokens[end] is "a" or "an" && NumberWords.Multiplier(tokens[end + 1]) is not null && tokens[end + 1] is not ("m" or "b" or "k"))
        {
            // "half a dozen", "half a million": half of the one multiplied.
            low = high = 0.5;
            end++;
        }
        else if (token is "a" or "an" && end < tokens.Count && NumberWords.Multiplier(tokens[end]) is not null && tokens[end] is not ("m" or "b" or "k"))
        {
            low = high = 1;
        }
        else if (Longest(tokens, at, ["a few", "few", "a couple of", "a couple", "couple of", "couple", "several", "a handful of", "a handful", "handful of"]) is { } some)
        {
            (low, high) = some == "several" ? (3, 9) : some.Contains("couple", StringComparison.Ordinal) ? (2, 3) : (2, 5);
            end = at + Phrases.Length(some);
            if (end >= tokens.Count || (NumberWords.Multiplier(tokens[end]) is null && !Counted.Contains(Words.Stem(tokens[end]))))
            {
                return null; // "a few microservices" is no figure; "a couple requests a minute", "a few devs" are.
            }
        }
        else
        {
            return Plurals(tokens, token == "many" ? at + 1 : at);
        }

        // "twenty-ish thousand", "20ish k": the hedge sits between the number and its multiplier.
        var hedged = false;
        if (IshBeforeMultiplier(tokens, end) is { } afterIsh)
        {
            (end, hedged) = (afterIsh, true);
        }

        var factor = 1.0;
        while (end < tokens.Count && NumberWords.Multiplier(tokens[end]) is { } multiplier)
        {
            factor *= multiplier;
            end++;
        }

        if (end < tokens.Count && tokens[end] is "krps" or "kqps" or "ktps" or "krpm")
        {
            factor *= 1e3; // "20krps"
        }

        return new Figure(low * factor, high * factor, end, factor != 1, factor) { Hedged = hedged };
    }

    /// <summary>
    /// How far a hedge widens a figure either way: a tenth of it, but not past the precision it was given in ("9,500 or
    /// so" is said to the hundred, so 9,400 to 9,600; "about 20k" to the ten thousand, so 18,000 to 22,000).
    /// </summary>
    private static double Widening(double figure)
    {
        var tenth = figure * Hedge;
        if (figure < 1 || figure != Math.Floor(figure))
        {
            return tenth;
        }

        var unit = 1.0;
        while (figure % (unit * 10) == 0)
        {
            unit *= 10;
        }

        return Math.Min(tenth, unit);
    }

    /// <summary>Where a multiplier starts after an "ish" ("-ish", "ish") at <paramref name="at"/>; null when there is none.</summary>
    private static int? IshBeforeMultiplier(IReadOnlyList<string> tokens, int at)
    {
        var ish = at < tokens.Count && tokens[at] == "-" ? at + 1 : at;
        return ish + 1 < tokens.Count && tokens[ish] == "ish" && NumberWords.Multiplier(tokens[ish + 1]) is not null ? ish + 1 : null;
    }

    private static Figure? Plurals(IReadOnlyList<string> tokens, int at)
    {
        if (at >= tokens.Count || NumberWords.Plural(tokens[at]) is not { } size)
        {
            return null;
        }

        var end = at + 1;
        while (end + 1 < tokens.Count && tokens[end] == "of" && (NumberWords.Plural(tokens[end + 1]) ?? NumberWords.Multiplier(tokens[end + 1])) is { } next)
        {
            size *= next;
            end += 2;
        }

        // "dozens" run from two dozen up to where "hundreds" start; the others from one of the size up to ten of it.
        return tokens[at] == "dozens" && end == at + 1 ? new Figure(24, 100, end, true, 12) : new Figure(size, size * 10, end, true, size);
    }

    /// <summary>Figures by their number of digits, from the least of them.</summary>
    private static readonly Dictionary<string, double> Digits = new(StringComparer.Ordinal)
    {
        ["single digit"] = 1, ["single digits"] = 1, ["single - digit"] = 1, ["double digit"] = 10, ["double digits"] = 10,
        ["double - digit"] = 10, ["two digits"] = 10, ["triple digit"] = 100, ["triple digits"] = 100, ["triple - digit"] = 100,
        ["three digits"] = 100, ["four digits"] = 1e3, ["five digits"] = 1e4, ["six digits"] = 1e5,
    };

    /// <summary>What "a few" or "a couple" may count and still be a figure for a scale question.</summary>
    private static readonly HashSet<string> Counted = new(StringComparer.Ordinal)
    {
        "request", "req", "call", "hit", "user", "connection", "socket", "client", "dev", "developer", "engineer", "people", "person",
    };

    private static string? Longest(IReadOnlyList<string> tokens, int at, IEnumerable<string> phrases) =>
        phrases.Where(p => Matches(tokens, at, p.Split(' '))).OrderByDescending(Phrases.Length).FirstOrDefault();

    private static bool Matches(IReadOnlyList<string> tokens, int at, string[] parts) =>
        at + parts.Length <= tokens.Count && parts.Select((p, i) => tokens[at + i] == p).All(x => x);

    // "20 000" (digits grouped with spaces) is one number.
    [GeneratedRegex(@"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+(?:'[a-z]+)?|[~<>+/–-]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
