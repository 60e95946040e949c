using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Reads a reply to a single-choice question from its words: the best-named choice when it is named clearly and well
/// ahead of the rest (a full synonym ahead of another clear name, a quarter ahead of a weak one); a "Both" choice when the reply names two others together ("we know both TypeScript and Python
/// well"); the one choice left when the others are negated; never a choice only an aside about a few names ("mostly Go, a couple know Ruby"); otherwise the close ones are asked back. Meaning settles
/// only what words leave open, and never where the reply negates something (the model does not read negation).
/// </summary>
public static class SingleChoiceReader
{
    private const double Lead = 1;
    private const double LeadRatio = 1.5;
    private const double WeakLeadRatio = 1.25;

    public static Understood Read(Question question, ReplyText reply, WordEvidence evidence, Func<IReadOnlyList<Closeness>?> meaning)
    {
        var positive = evidence.Positive.ToList();
        var excluded = evidence.Excluded.Select(s => s.Choice.Id).ToHashSet(StringComparer.Ordinal);
        if (Majority.NamesOnlyTheFew(evidence))
        {
            // "mainly Go folks, a couple dabble in Ruby": what a few know is not what the team knows.
            return new Understood.NotUnderstood("only an aside about a few names a choice");
        }

        if (Majority.MainChoice(evidence) is { } main)
        {
            // "mostly FastAPI, a bit of Flask": what most of the work is, is the answer; the little beside it is an aside.
            return Record(main, 0.85, $"mostly {string.Join(", ", positive.Where(p => p.Choice.Id == main.Id).Select(p => p.Words))}");
        }

        if (ChoiceNames.For(question).Combination is { } both && Together(reply, positive, both) is { } together)
        {
            return together;
        }

        if (positive.Count == 0)
        {
            if (excluded.Count > 0)
            {
                return Remaining(question, excluded, evidence);
            }

            if (NoneChoice.Read(question, reply) is { } none)
            {
                return none;
            }

            return !evidence.AnyNegation && meaning() is { } alone
                ? MeaningJudge.Alone(alone, excluded)
                : new Understood.NotUnderstood("no choice's words");
        }

        var top = positive[0];
        if (positive.Count(p => p.Strong) >= 2 && reply.AllWords.Any(w => w.Compact is "both" or "equally" or "equal"))
        {
            // "both: a public API and a pipeline crunching logs" where a choice is the mix of others; otherwise
            // ("performance and delivery speed, both matter equally") one choice only, so ask which comes first.
            if (reply.AllWords.Any(w => w.Compact == "both") && question.Choices.FirstOrDefault(IsMix) is { } mix && positive.All(p => p.Choice.Id != mix.Id || p.Strong))
            {
                return Record(mix, 0.85, $"\"both\": {string.Join(", ", positive.Where(p => p.Strong).Select(p => p.Words))}");
            }

            return MeaningJudge.Offer([.. positive.Where(p => p.Strong).Take(3).Select(p => p.Choice)], string.Join(", ", positive.Select(p => p.Words)));
        }

        var second = positive.Count > 1 ? positive[1] : null;
        if (top.Strong && second is { Strong: true } && evidence.Clauses.Any(c => c.Alternatives))
        {
            return MeaningJudge.Offer([top.Choice, second.Choice], $"{top.Words} or {second.Words}");
        }

        if (top.Strong && (second is null
            || (second.Strong ? top.For - second.For >= Lead && top.For >= LeadRatio * second.For : top.For >= WeakLeadRatio * second.For)))
        {
            return Record(top.Choice, 0.9, top.Words);
        }

        // Weak or close: the named choices worth offering, best first.
        var candidates = positive.Where(p => p.For >= top.For / 2).Take(3).Select(p => p.Choice).ToList();

        // Two choices each named outright ("js on the web team, python on the data team"): the user said both, so the
        // model does not pick one; they are asked back.
        var namedOutright = positive.Count(p => p.Strong && p.For >= top.For / 2);
        if (namedOutright < 2 && !evidence.AnyNegation && meaning() is { } ranked)
        {
            var wordsLead = second is null || top.For > second.For ? top.Choice : null;
            if (MeaningJudge.Agreeing(ranked, candidates, wordsLead) is { } agreed)
            {
                return Record(agreed.Choice, 0.8, $"{string.Join(", ", positive.Select(p => p.Words))}; closest in meaning to \"{agreed.Choice.Label}\"");
            }

            var closest = ranked.FirstOrDefault(c => !excluded.Contains(c.Choice.Id));
            if (closest is not null && closest.Similarity >= MeaningJudge.RecordAt && candidates.All(c => c.Id != closest.Choice.Id))
            {
                // Words and meaning disagree: offer both readings.
                return MeaningJudge.Offer([candidates[0], closest.Choice], $"{top.Words}, though closest in meaning to \"{closest.Choice.Label}\"");
            }
        }

        return MeaningJudge.Offer(candidates, string.Join(", ", positive.Select(p => p.Words)));
    }

    /// <summary>"both X and Y", or X and Y named together, for a question with a "Both" choice.</summary>
    private static Understood? Together(ReplyText reply, IReadOnlyList<ChoiceScore> positive, Choice both)
    {
        var others = positive.Where(p => p.Choice.Id != both.Id && p.Strong).ToList();
        var named = positive.Any(p => p.Choice.Id == both.Id && p.Strong);
        var joined = reply.AllWords.Any(w => Lexicon.Together.Contains(w.Compact));
        if (others.Count >= 2 && (named || joined))
        {
            return Record(both, named ? 0.9 : 0.85, $"{string.Join(", ", others.Select(o => o.Words))} together");
        }

        return named && others.Count == 1 ? Record(both, 0.85, $"\"both\", {others[0].Words}") : null;
    }

    /// <summary>A choice that stands for a mix of the others ("A mix of live traffic and data processing").</summary>
    private static bool IsMix(Choice choice) =>
        Words.Of(choice.Label) is { Count: > 1 } words && (words[0].Compact is "mix" or "both" || (words[0].Compact == "a" && words[1].Compact == "mix"));

    /// <summary>
    /// Every choice but the negated ones: recorded if one is left, asked back if two or three. A choice negated only
    /// by a word its label shares with others ("no one has built a backend before") is not ruled out.
    /// </summary>
    private static Understood Remaining(Question question, IReadOnlySet<string> excluded, WordEvidence evidence)
    {
        var ruledOut = evidence.Excluded.Where(s => s.Against >= ChoiceNames.LabelWordWeight).Select(s => s.Choice.Id).ToHashSet(StringComparer.Ordinal);
        var rest = question.Choices.Where(c => !ruledOut.Contains(c.Id)).ToList();
        var read = string.Join(", ", evidence.Excluded.Select(s => s.Words));
        if (ruledOut.Count < excluded.Count)
        {
            return rest.Count <= 3 ? MeaningJudge.Offer(rest, read) : new Understood.NotUnderstood($"only what it is not, by shared words: {read}");
        }

        return rest.Count switch
        {
            1 => Record(rest[0], 0.8, read),
            2 or 3 => MeaningJudge.Offer(rest, read),
            _ => new Understood.NotUnderstood($"only what it is not: {read}"),
        };
    }

    private static Understood.Recorded Record(Choice choice, double confidence, string read) =>
        new(AnswerValue.OfChoice(choice.Id), confidence, $"{read} → {choice.Label}");
}
