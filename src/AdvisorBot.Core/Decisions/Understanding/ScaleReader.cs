using System.Globalization;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Reads a reply to a scale question: a step's label, a step's number, a figure placed on the steps by their bounds
/// (converted to the question's rate: "6,000 a minute" is 100 per second), or words such as "low" and "very high".
/// A figure whose reading spans two or three steps ("tens of thousands") is asked back.
/// </summary>
public static class ScaleReader
{
    /// <summary>Below this first bound, 1–5 are plausible counts as well as step numbers (team sizes, not request rates).</summary>
    private const double SmallCounts = 25;
    private const int MaxCandidates = 3;

    private static readonly Dictionary<string, int> ScaleWords = new(StringComparer.Ordinal)
    {
        ["very low"] = 1, ["minimal"] = 1, ["tiny"] = 1, ["negligible"] = 1, ["low"] = 2, ["small"] = 2, ["light"] = 2,
        ["medium"] = 3, ["moderate"] = 3, ["average"] = 3, ["middle"] = 3, ["in between"] = 3, ["high"] = 4,
        ["large"] = 4, ["heavy"] = 4, ["very high"] = 5, ["huge"] = 5, ["massive"] = 5, ["enormous"] = 5,
        ["very large"] = 5, ["very small"] = 1, ["extreme"] = 5, ["barely anything"] = 1, ["hardly anything"] = 1,
        ["next to nothing"] = 1, ["almost nothing"] = 1, ["practically nothing"] = 1, ["virtually nothing"] = 1,
        ["close to nothing"] = 1, ["barely any"] = 1, ["hardly any"] = 1,
    };

    private static readonly HashSet<string> StepWords = new(StringComparer.Ordinal) { "step", "level", "option", "number", "point", "#", "no", "nr" };
    private static readonly string[] People = ["user", "people", "customer", "visitor", "client", "member", "subscriber", "player", "device", "account", "employee"];
    /// <summary>Negation words that say how little, not what it is not ("barely anything" is a scale word of its own).</summary>
    private static readonly string[] NegationsAllowed =
    [
        "no more than", "not more than", "none", "zero", "not many", "not much", "not a lot", "not that many", "barely anything",
        "hardly anything", "barely any", "hardly any", "next to nothing", "almost nothing", "practically nothing", "virtually nothing", "close to nothing",
        .. QuantityReader.FarShort,
    ];

    public static Understood Read(Question question, ReplyText reply)
    {
        var scale = question.Scale ?? new ScaleLabels("low", "high");
        var typed = TextMatching.Normalize(reply.Text);
        if (Enumerable.Range(Question.ScaleMin, Question.ScaleMax).FirstOrDefault(v => TextMatching.Normalize(scale.LabelOf(v)) == typed) is > 0 and var labelled
            && scale.Steps.Count > 0)
        {
            return Step(scale, labelled, 1, $"\"{scale.LabelOf(labelled)}\"");
        }

        if (Negated(reply))
        {
            return new Understood.NotUnderstood("a negated figure says what it is not");
        }

        if (BareNumber(scale, reply) is { } bare)
        {
            return bare;
        }

        var words = reply.AllWords;
        var word = Enumerable.Range(0, words.Count).Select(i => Phrases.LongestAt(words, i, ScaleWords.Keys)).OfType<string>().MaxBy(Phrases.Length);
        if (Bounded(scale) && Figures(scale, reply) is { } figures)
        {
            // "maybe 20 users, so barely anything": a figure of something else, asked back as one step, is settled
            // by a scale word naming that same step.
            return figures is Understood.Clarify { Candidates: [{ Value.Scale: { } only }] } asked && word is not null && ScaleWords[word] == only
                ? Step(scale, only, 0.85, $"{asked.Read}, \"{word}\"")
                : figures;
        }

        if (TextMatching.Normalize(scale.Low) == typed)
        {
            return Step(scale, Question.ScaleMin, 1, $"\"{scale.Low}\"");
        }

        if (TextMatching.Normalize(scale.High) == typed)
        {
            return Step(scale, Question.ScaleMax, 1, $"\"{scale.High}\"");
        }

        if (Bounded(scale) && IsHeadcount(scale) && Enumerable.Range(0, words.Count).Any(i => Phrases.LongestAt(words, i, Alone) is not null))
        {
            return Step(scale, scale.StepFor(1)!.Value, 0.9, "one person");
        }

        return word is not null
            ? Step(scale, ScaleWords[word], words.Count <= 3 ? 0.9 : 0.8, $"\"{word}\"")
            : new Understood.NotUnderstood("no step, figure or scale word");
    }

    /// <summary>A team of one, for a question that counts people.</summary>
    private static readonly string[] Alone = ["just me", "only me", "me alone", "solo", "by myself", "just myself", "one person", "a single developer", "one developer"];

    /// <summary>
    /// People counted in parts: "three backend + two fullstack" is five, "two teams of 5" is ten, "two squads of ~7"
    /// about fourteen. A part may be hedged ("~7"), not a span of its own ("5 to 20").
    /// </summary>
    private static Quantity? Headcount(IReadOnlyList<string> tokens, IReadOnlyList<Quantity> quantities)
    {
        if (quantities.Count < 2 || quantities.Any(q => !q.IsPoint && q.About is null))
        {
            return null;
        }

        var between = quantities.Zip(quantities.Skip(1), (a, b) => tokens.Skip(a.End).Take(b.Start - a.End).ToList()).ToList();
        if (quantities.Count == 2 && quantities[0].IsPoint && between[0].Contains("of") && between[0].Any(t => Words.Stem(t) is "team" or "squad" or "group" or "pod"))
        {
            return quantities[1].Times(quantities[0].Low) with { Start = quantities[0].Start };
        }

        if (between.All(t => t.Any(w => w is "+" or "plus" or "and")))
        {
            return new Quantity(quantities.Sum(q => q.Low), quantities.Sum(q => q.High), quantities[0].Start, quantities[^1].End)
            {
                About = quantities.All(q => q.IsPoint) ? null : quantities.Sum(q => q.About ?? q.Low),
            };
        }

        return null;
    }

    /// <summary>
    /// People come whole: a hedged count is a person either way at least, from its first whole person ("about 12" is
    /// 11 to 13, not 10.8; "about 3" is 2 to 4).
    /// </summary>
    private static Quantity Whole(Quantity q) => q.About is { } about
        ? q with { Low = Math.Ceiling(Math.Min(about - 1, q.Low) - 1e-9), High = Math.Max(about + 1, q.High) }
        : q with { Low = Math.Ceiling(q.Low - 1e-9) };

    /// <summary>Stems that name developers alone ("people" may be users too).</summary>
    private static readonly string[] Staff = ["developer", "engineer", "dev", "programmer", "coder"];

    /// <summary>Stems of the names for the people a headcount question counts.</summary>
    private static readonly string[] Developers = [.. Staff, "people", "person"];

    private static bool IsHeadcount(ScaleLabels scale) => Words.Of(scale.Unit ?? string.Empty).Any(w => Developers.Contains(w.Stem));

    private static bool Bounded(ScaleLabels scale) => scale.StepFor(0) is not null;

    private static bool Negated(ReplyText reply)
    {
        var words = reply.AllWords;
        var allowed = new HashSet<int>();
        foreach (var phrase in NegationsAllowed)
        {
            foreach (var start in Phrases.Find(words, phrase))
            {
                allowed.UnionWith(Enumerable.Range(start, Phrases.Length(phrase)));
            }
        }

        return Enumerable.Range(0, words.Count).Any(i => Lexicon.Negations.Contains(words[i].Compact) && !allowed.Contains(i));
    }

    /// <summary>"3", "step 3": a step's number, or, on a scale of small counts, perhaps the count itself.</summary>
    private static Understood? BareNumber(ScaleLabels scale, ReplyText reply)
    {
        var words = reply.AllWords;
        var numbers = words.Where(w => w.IsNumber).ToList();
        // "10-12" is one word but two figures: a range, read with the figures.
        if (numbers.Count != 1 || QuantityReader.Tokens(reply.Lower).Count(t => char.IsAsciiDigit(t[0])) != 1 || words.Any(w => !w.IsNumber && !StepWords.Contains(w.Compact))
            || !int.TryParse(numbers[0].Compact, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        var named = words.Count > 1;
        var smallCounts = Bounded(scale) && scale.Steps[0].Below <= SmallCounts;
        if (n is >= Question.ScaleMin and <= Question.ScaleMax)
        {
            var asCount = scale.StepFor(n);
            return named || !smallCounts || asCount == n
                ? Step(scale, n, 1, $"step {n}")
                : Ask(scale, [n, asCount!.Value], $"{n}: step {n}, or {n} {scale.Unit}");
        }

        if (named || !Bounded(scale))
        {
            return new Understood.NotUnderstood($"{n} is not a step from {Question.ScaleMin} to {Question.ScaleMax}");
        }

        // A bare 11 is as likely a mistyped step as 11 live connections: ask. From 100 up it is a figure.
        var step = scale.StepFor(n)!.Value;
        return n >= 100 || smallCounts ? Step(scale, step, 0.9, Describe(new Quantity(n, n, 0, 1), scale.Unit)) : Ask(scale, [step], $"{n} {scale.Unit}");
    }

    private static Understood? Figures(ScaleLabels scale, ReplyText reply)
    {
        var tokens = QuantityReader.Tokens(reply.Lower);
        var quantities = QuantityReader.Read(tokens);
        if (quantities.Count == 0)
        {
            return null;
        }

        if (IsHeadcount(scale))
        {
            quantities = Headcount(tokens, quantities) is { } total ? [Whole(total)] : [.. quantities.Select(Whole)];
        }
        else if (quantities.All(q => tokens.Skip(q.End).Take(2).Any(t => Staff.Contains(Words.Stem(t)))))
        {
            // "about 20 devs" at a question of requests: a headcount is the answer to another question.
            return new Understood.NotUnderstood("a count of developers, not of what the question counts");
        }

        if (quantities.Count > 1 && quantities.All(q => q.IsPoint && q.Low is >= Question.ScaleMin and <= Question.ScaleMax))
        {
            return new Understood.NotUnderstood("several step numbers for one step");
        }

        var units = UnitStems(scale);
        var counted = quantities.Where(q => tokens.Skip(q.End).Take(3).Any(t => units.Contains(Words.Stem(t)) || t == "/")).ToList();
        var used = counted.Count > 0 ? counted : quantities;
        var asked = scale.Unit is { } unit ? RatePeriod.Of(unit.ToLowerInvariant()) : null;
        var said = RatePeriod.Of(reply.Lower);
        if (asked is { } a && said is { } s && a != s)
        {
            used = [.. used.Select(q => q.Times(a / s))];
        }

        // "tens of thousands, maybe 30k", "about half a dozen, maybe 7": figures of one count that overlap narrow it
        // down to what they share.
        if (used.Count > 1 && used.Max(q => q.Low) is var low && used.Min(q => q.High) is var high && low <= high)
        {
            used = [used[0] with { Low = low, High = high, About = null }];
        }

        var steps = used.SelectMany(q => StepsOf(scale, q)).Distinct().Order().ToList();
        if (steps.Count == 0)
        {
            return null;
        }

        var span = Enumerable.Range(steps[0], steps[^1] - steps[0] + 1).ToList();
        var read = string.Join(" and ", used.Select(q => Describe(q, scale.Unit)));
        if (span.Count > MaxCandidates)
        {
            return new Understood.NotUnderstood($"{read} spans {span.Count} steps");
        }

        // "50k users" for a rate question: users are not requests, so ask rather than assume.
        var otherCount = asked is not null && said is null && People.Any(p => reply.AllWords.Any(w => w.Stem == Words.Stem(p)))
            && !units.Any(u => People.Contains(u));
        if (span.Count > 1 || otherCount)
        {
            return Ask(scale, span, read);
        }

        var exact = used.Count == 1 && used[0].IsPoint;
        return Step(scale, span[0], exact ? 0.95 : 0.85, read);
    }

    private static IEnumerable<int> StepsOf(ScaleLabels scale, Quantity quantity)
    {
        var from = 0.0;
        foreach (var step in scale.Steps)
        {
            var below = step.Below ?? double.PositiveInfinity;
            if (quantity.Overlaps(from, below))
            {
                yield return step.Value;
            }

            from = below;
        }
    }

    private static HashSet<string> UnitStems(ScaleLabels scale)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal) { "rps", "qps", "tps", "rpm", "req", "request", "connection", "socket", "concurrent" };
        foreach (var word in Words.Of(scale.Unit ?? string.Empty).Where(w => !Lexicon.Stopwords.Contains(w.Compact)))
        {
            stems.Add(word.Stem);
        }

        // "15-20 engineers" counts developers: any name for the people a headcount counts is its unit.
        if (IsHeadcount(scale))
        {
            stems.UnionWith(Developers);
        }

        return stems;
    }

    private static Understood.Recorded Step(ScaleLabels scale, int value, double confidence, string read) =>
        new(AnswerValue.OfScale(value), confidence, $"{read} → {scale.LabelOf(value)}");

    private static Understood.Clarify Ask(ScaleLabels scale, IReadOnlyList<int> steps, string read) =>
        new([.. steps.Distinct().Select(s => new Candidate(scale.LabelOf(s), AnswerValue.OfScale(s)))], read);

    private static string Describe(Quantity q, string? unit)
    {
        var figure = q.IsPoint ? Number(q.Low)
            : q.About is { } about ? $"about {Number(about)}"
            : double.IsPositiveInfinity(q.High) ? $"{Number(q.Low)} or more"
            : q.Low == 0 ? $"under {Number(q.High)}"
            : $"{Number(q.Low)} to {Number(q.High)}";
        return unit is null ? figure : $"{figure} {unit}";
    }

    private static string Number(double value) => value.ToString(value >= 100 ? "N0" : "0.##", CultureInfo.InvariantCulture);
}
