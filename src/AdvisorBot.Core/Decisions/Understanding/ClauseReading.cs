namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// What one clause says about a question's choices. A negation reaches the names after it in its clause ("we don't
/// need an admin"); one with no name after it reaches the names before it ("an admin is not needed"). A negation that
/// reaches no name is <see cref="BareNegation"/> ("no, …"); <see cref="Affirming"/> marks a clause with no negation
/// and a word such as "need" or "core". A hedge outside any name ("maybe", "might") reaches names as a negation does,
/// but back only from the clause's end ("microservices maybe", not "one app and maybe split it later");
/// <see cref="Hedged"/> marks a clause with one, <see cref="Alternatives"/> an "or" between two choices' names
/// ("either a monolith or microservices"). A name after "either … or" is one of alternatives, so unsure even when the
/// other is no choice's name ("either pages or something else").
/// </summary>
public sealed record ClauseReading(Clause Clause, IReadOnlyList<Mention> Mentions, bool BareNegation, bool Affirming)
{
    public bool Hedged { get; init; }

    public bool Alternatives { get; init; }

    public static ClauseReading Of(ChoiceNames names, Clause clause)
    {
        var matches = NameMatcher.Find(names, clause);
        var negations = Enumerable.Range(0, clause.Words.Count)
            .Where(i => clause.IsNegation(i) && !matches.Any(m => m.Covers(i)))
            .ToList();
        var free = Enumerable.Range(0, clause.Words.Count).Where(i => !matches.Any(m => m.Covers(i))).ToList();
        var hedges = free.Select(i => (At: i, Hedge: Phrases.LongestAt(clause.Words, i, Lexicon.Unsure)))
            .Where(h => h.Hedge is not null && free.Contains(h.At + Phrases.Length(h.Hedge) - 1))
            .Select(h => (h.At, End: h.At + Phrases.Length(h.Hedge!)))
            .ToList();
        var either = free.Where(i => clause.Words[i].Compact == "either" && free.Any(o => o > i && clause.Words[o].Compact == "or")).ToList();
        bool Unsure(NameMatch m) => either.Any(e => m.Start > e) || hedges.Any(h => matches.Any(o => o.Start >= h.End)
            ? m.Start >= h.End
            : m.End <= h.At && clause.Words.Skip(h.End).All(w => Lexicon.Trailing.Contains(w.Compact)));
        var mentions = new List<Mention>();
        var reached = matches.ToDictionary(m => m, m => negations.Count(n => Reaches(n, m, matches, clause)) % 2 == 1);

        // An inverted name counts only where a negation reaches it, and then for its choice: "we don't do any ML".
        foreach (var group in matches.Where(m => !m.Name.Inverted || reached[m]).GroupBy(m => m.Name.Choice.Id))
        {
            var negated = group.Any(m => reached[m] != m.Name.Inverted);
            var words = string.Join(", ", group.Select(m => $"\"{string.Join(' ', clause.Words.Skip(m.Start).Take(m.Length).Select(w => w.Text))}\""));
            mentions.Add(new Mention(group.First().Name.Choice, group.Sum(m => m.Weight), negated, group.All(m => m.Fuzzy), words, group.Any(m => IsSole(m, clause)), group.Any(Unsure)));
        }

        var bare = negations.Any(n => ReachesBack(n, clause)) && mentions.Count == 0 && !matches.Any(m => m.Name.Inverted);
        var affirming = negations.Count == 0 && clause.Words.Any(w => Lexicon.Affirming.Contains(w.Compact));
        return new ClauseReading(clause, mentions, bare, affirming)
        {
            Hedged = hedges.Count > 0,
            Alternatives = free.Any(i => clause.Words[i].Compact == "or"
                && matches.Any(a => a.End <= i && matches.Any(b => b.Start > i && b.Name.Choice.Id != a.Name.Choice.Id))),
        };
    }

    /// <summary>"just the BFF", "only a monolith": "just" or "only" (not "not just") before the name, an article between at most.</summary>
    private static bool IsSole(NameMatch match, Clause clause)
    {
        var at = match.Start - 1;
        if (at >= 0 && clause.Words[at].Compact is "the" or "a" or "an" or "our")
        {
            at--;
        }

        return at >= 0 && Lexicon.Sole.Contains(clause.Words[at].Compact) && !clause.NotNegating.Contains(at);
    }

    /// <summary>
    /// Whether a negation reaches a name: the names after it, or with none after it the names before it, though not
    /// back across a word of purpose or cause ("a set layout so the new hires don't improvise" wants the layout). What
    /// an excluding phrase excludes ends at a new subject ("rather than polling we push over websockets").
    /// </summary>
    private static bool Reaches(int negation, NameMatch match, IReadOnlyList<NameMatch> all, Clause clause)
    {
        if (clause.Words[negation].Compact == Lexicon.ExcludingMark)
        {
            var subject = Enumerable.Range(negation + 1, clause.Words.Count - negation - 1).FirstOrDefault(i => Lexicon.Subjects.Contains(clause.Words[i].Compact), clause.Words.Count);
            return match.Start > negation && match.Start < subject;
        }

        if (IsAnswerWord(negation, clause))
        {
            return false;
        }

        return all.Any(m => m.Start > negation)
            ? match.Start > negation
            : ReachesBack(negation, clause) && match.End <= negation && !Enumerable.Range(match.End, negation - match.End).Any(i => Lexicon.Purpose.Contains(clause.Words[i].Compact));
    }

    /// <summary>
    /// Whether a negation is a no said as the answer itself, opening the clause before a subject of its own ("nah, it's
    /// all plain HTTP", "no it's request/response"): it says no to the question, not to the names after it.
    /// </summary>
    private static bool IsAnswerWord(int negation, Clause clause) =>
        negation == 0 && clause.Words.Count > 1 && clause.Words[0].Compact is "no" or "nah" or "nope"
        && (Lexicon.Subjects.Contains(clause.Words[1].Compact) || clause.Words[1].Compact is "its" or "it" or "thats");

    /// <summary>
    /// Whether a negation may say no to what came before it. A forward-only one ("without") with words of its own
    /// after it negates those words ("it has to update without anyone hitting refresh"), not the clause before.
    /// </summary>
    private static bool ReachesBack(int negation, Clause clause) =>
        !Lexicon.ForwardOnly.Contains(clause.Words[negation].Compact) || negation == clause.Words.Count - 1;
}
