using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>A choice's standing over the whole reply: the weight of its plain mentions and of its negated ones.</summary>
public sealed record ChoiceScore(Choice Choice, double For, double Against, bool FuzzyOnly, string Words, bool Sole = false)
{
    /// <summary>At least a synonym's worth, found as typed: enough on its own.</summary>
    public bool Strong => For >= ChoiceNames.SynonymWeight && !FuzzyOnly;

    /// <summary>Named more than negated.</summary>
    public bool Positive => For > 0 && For >= Against;

    /// <summary>Negated more than named ("we don't need an admin").</summary>
    public bool Excluded => Against > For;
}

/// <summary>What the words of a reply say about a question's choices, clause by clause; doubtful clauses say nothing.</summary>
public sealed class WordEvidence
{
    private WordEvidence(IReadOnlyList<ClauseReading> clauses, IReadOnlyList<ChoiceScore> scores, bool doubting)
    {
        Clauses = clauses;
        Scores = scores;
        Doubting = doubting;
    }

    public IReadOnlyList<ClauseReading> Clauses { get; }

    /// <summary>Every choice mentioned, strongest plain mention first.</summary>
    public IReadOnlyList<ChoiceScore> Scores { get; }

    public IEnumerable<ChoiceScore> Positive => Scores.Where(s => s.Positive);

    public IEnumerable<ChoiceScore> Excluded => Scores.Where(s => s.Excluded);

    /// <summary>Whether a clause of the reply says the user does not know ("not sure what to put").</summary>
    public bool Doubting { get; }

    public bool AnyNegation => Clauses.Any(c => c.BareNegation || c.Mentions.Any(m => m.Negated));

    public static WordEvidence Of(Question question, ReplyText reply)
    {
        var names = ChoiceNames.For(question);
        var clauses = reply.Clauses.Where(c => !c.Doubtful).Select(c => ClauseReading.Of(names, c)).ToList();
        for (var i = 1; i < clauses.Count; i++)
        {
            if (clauses[i].Mentions.Count == 0 && (IsJustNo(clauses[i].Clause) || (clauses[i].BareNegation && PointsBack(clauses[i].Clause) && !SaysNoOtherwise(clauses[i].Clause))))
            {
                // "admin: no", "chat, we don't need it": a clause that says no to what the one before named.
                clauses[i - 1] = clauses[i - 1] with { Mentions = [.. clauses[i - 1].Mentions.Select(m => m with { Negated = true })] };
            }
            else if (clauses[i].Mentions.Count == 0 && (IsJustHedge(clauses[i].Clause) || (DoubtsIt(clauses[i].Clause) && PointsBack(clauses[i].Clause))))
            {
                // "microservices, maybe", "we tried nest once, I doubt it stuck": a hedge of its own on what the clause
                // before named.
                clauses[i - 1] = clauses[i - 1] with { Mentions = [.. clauses[i - 1].Mentions.Select(m => m with { Unsure = true })] };
            }
        }

        var scores = clauses.SelectMany(c => c.Mentions)
            .GroupBy(m => m.Choice.Id)
            .Select(g => new ChoiceScore(
                g.First().Choice,
                g.Where(m => !m.Negated).Sum(m => m.Weight),
                g.Where(m => m.Negated).Sum(m => m.Weight),
                g.Where(m => !m.Negated).All(m => m.Fuzzy),
                string.Join(", ", g.Select(m => m.Negated ? $"not {m.Words}" : m.Words)),
                g.Any(m => m.Sole && !m.Negated)))
            .OrderByDescending(s => s.For)
            .ToList();
        return new WordEvidence(clauses, scores, reply.Clauses.Any(c => c.Doubtful));
    }

    private static bool IsJustHedge(Clause clause) =>
        Phrases.LongestAt(clause.Words, 0, Lexicon.Unsure) is { } hedge && clause.Words.Skip(Phrases.Length(hedge)).All(w => Lexicon.Trailing.Contains(w.Compact) || w.Compact is "not");

    /// <summary>Words of how one holds to something: "not religious about it" says how, not whether.</summary>
    private static readonly IReadOnlySet<string> Zeal = new HashSet<string>(StringComparer.Ordinal)
    {
        "religious", "dogmatic", "fussy", "pedantic", "precious", "militant", "zealous", "fanatical", "obsessive", "obsessed", "picky", "purist",
    };

    /// <summary>
    /// Whether a clause pointing back negates nothing of what came before: two negations cancel ("nothing ships
    /// without it"), and a negated word of zeal ("not dogmatic about it") says how it is held, not that it is not.
    /// </summary>
    private static bool SaysNoOtherwise(Clause clause)
    {
        var negations = Enumerable.Range(0, clause.Words.Count).Where(clause.IsNegation).ToList();
        return negations.Count % 2 == 0
            || negations.Any(n => clause.Words.Skip(n + 1).Take(2).Any(w => Zeal.Contains(w.Compact)));
    }

    private static readonly IReadOnlyList<string> DoubtOpenings = ["i doubt", "doubt", "doubtful", "i kind of doubt", "i really doubt"];

    /// <summary>A clause that opens by doubting ("I doubt …", "doubtful …").</summary>
    private static bool DoubtsIt(Clause clause) => Phrases.LongestAt(clause.Words, Phrases.AfterFillers(clause.Words), DoubtOpenings) is not null;

    private static bool PointsBack(Clause clause) =>
        clause.Words.Any(w => w.Compact is "it" or "its" or "that" or "thats" or "this" or "them" or "those" or "one" or "either");

    /// <summary>"no", "nope, not right now", "not yet, thanks": a no with nothing of its own to say no to.</summary>
    public static bool IsJustNo(Clause clause) =>
        Phrases.LongestAt(clause.Words, 0, Lexicon.No) is { } no && clause.Words.Skip(Phrases.Length(no)).All(w => Lexicon.Trailing.Contains(w.Compact));
}
