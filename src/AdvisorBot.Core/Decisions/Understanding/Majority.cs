using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A reply that sets most ("mostly", "mainly", "the majority") against a few in a clause of their own ("a couple", "one
/// or two", "a few … dabble"), where only the few's part names a choice ("mainly Go people, a couple know some Ruby"):
/// the few's choice is an aside, not the answer, and what most are is not among the words read. Where the part about
/// most names a choice of its own beside a little of another, that one is the answer (<see cref="MainChoice"/>).
/// </summary>
public static class Majority
{
    private static readonly IReadOnlyList<string> Most =
    [
        "mostly", "mainly", "primarily", "largely", "predominantly", "overwhelmingly", "the majority", "majority", "most of us",
        "most of the team", "most of them", "nearly all", "almost all", "almost everyone", "nearly everyone",
    ];

    private static readonly IReadOnlyList<string> Few =
    [
        "a couple", "a few", "few", "one or two", "a handful", "one", "two", "only a few", "just a few", "only one", "just one",
        "a minority",
    ];

    /// <summary>A small amount of the work, not a few of the people ("a bit of", "very little").</summary>
    private static readonly IReadOnlyList<string> Little =
    [
        "a bit of", "bit of", "a little", "a little bit of", "little", "very little", "hardly any", "a touch of", "the odd",
    ];

    /// <summary>Whether every choice the reply names is named only in the few's part, beside a part about most.</summary>
    public static bool NamesOnlyTheFew(WordEvidence evidence)
    {
        var most = evidence.Clauses.Where(c => Says(c.Clause, Most)).ToList();
        var few = evidence.Clauses.Where(c => !most.Contains(c) && (Opens(c.Clause, Few) || c.Clause.Words.Any(w => w.Stem == "dabbl"))).ToList();
        if (most.Count == 0 || few.Count == 0 || Named(most).Count > 0)
        {
            return false;
        }

        var namedByFew = Named(few).Count;
        return namedByFew > 0 && Named(evidence.Clauses).Count == namedByFew;
    }

    /// <summary>
    /// The one choice named in the part about most, where every other choice is named only in a part about a little of
    /// the work ("mostly FastAPI, a bit of Flask"; "mainly waiting on APIs, very little compute" is I/O). A few people
    /// who dabble in another ("mostly Go, a couple dabble in Ruby") are not read so: that is asked back.
    /// </summary>
    public static Choice? MainChoice(WordEvidence evidence)
    {
        var most = evidence.Clauses.Where(c => Says(c.Clause, Most)).ToList();
        var few = evidence.Clauses.Where(c => !most.Contains(c) && Opens(c.Clause, Little)).ToList();
        if (most.Count == 0 || few.Count == 0 || Named(most) is not [var main] || most.Any(c => c.Mentions.Any(m => m.Negated)))
        {
            return null;
        }

        var little = Named(few);
        return little.Count > 0 && little.All(c => c.Id != main.Id) && Named(evidence.Clauses.Where(c => !most.Contains(c) && !few.Contains(c))).Count == 0
            ? main
            : null;
    }

    private static List<Choice> Named(IEnumerable<ClauseReading> clauses) =>
        [.. clauses.SelectMany(c => c.Mentions).Where(m => m.Outright).Select(m => m.Choice).DistinctBy(c => c.Id)];

    private static bool Opens(Clause clause, IReadOnlyList<string> phrases) =>
        Phrases.LongestAt(clause.Words, Phrases.AfterFillers(clause.Words), phrases) is not null;

    private static bool Says(Clause clause, IReadOnlyList<string> phrases) =>
        Enumerable.Range(0, clause.Words.Count).Any(i => Phrases.LongestAt(clause.Words, i, phrases) is not null);
}
