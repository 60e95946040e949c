using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Reads a reply to a multiple-choice question: every choice named clearly and not negated ("a few microservices,
/// plus serverless functions", "microservices but no serverless"), or all of them ("all but serverless"). Choices
/// named only weakly are never dropped or added silently: the reply is asked back with and without them, unless
/// meaning clearly puts the one weak choice ahead of every other choice not named clearly. A choice named after
/// "just" or "only" next to others ("just the BFF, the services behind it belong to other teams") is asked back alone
/// and with them.
/// </summary>
public static class MultipleChoiceReader
{
    public static Understood Read(Question question, ReplyText reply, WordEvidence evidence, Func<IReadOnlyList<Closeness>?> meaning)
    {
        var excluded = evidence.Excluded.Select(s => s.Choice.Id).ToHashSet(StringComparer.Ordinal);
        var positive = evidence.Positive.ToList();
        if (reply.Clauses.Any(c => !c.Doubtful && Lexicon.Everything.Contains(WithoutFillers(c))))
        {
            var all = question.Choices.Where(c => !excluded.Contains(c.Id)).ToList();
            return Record(all, excluded.Count == 0 ? 0.9 : 0.85, excluded.Count == 0 ? "\"all\"" : $"all but {string.Join(", ", evidence.Excluded.Select(s => s.Words))}");
        }

        var strong = positive.Where(p => p.Strong).Select(p => p.Choice).ToList();
        var weak = positive.Where(p => !p.Strong).Select(p => p.Choice).ToList();
        var read = string.Join(", ", evidence.Scores.Select(s => s.Words));
        var sole = positive.Where(p => p.Strong && p.Sole).Select(p => p.Choice).ToList();
        if (sole.Count > 0 && sole.Count < strong.Count)
        {
            return new Understood.Clarify([Candidate(sole), Candidate([.. strong, .. weak])], read);
        }

        if (strong.Count >= 2 && evidence.Clauses.Any(c => c.Alternatives))
        {
            // "either a monolith or microservices": one or the other, not both.
            return new Understood.Clarify([.. strong.Take(2).Select(s => Candidate([s])), Candidate(strong)], read);
        }

        if (strong.Count > 0 && weak.Count == 0)
        {
            return Record(strong, 0.9, read);
        }

        if (strong.Count > 0)
        {
            if (weak.Count == 1 && !evidence.AnyNegation && meaning() is { } closest && ConfirmedBeside(closest, strong, weak[0]))
            {
                return Record([.. strong, .. weak], 0.8, $"{read}; closest in meaning to \"{weak[0].Label}\" of the rest");
            }

            return new Understood.Clarify([Candidate([.. strong, .. weak]), Candidate(strong)], read);
        }

        if (weak.Count > 0)
        {
            var ranked = evidence.AnyNegation ? null : meaning();
            return weak.Count == 1 && ranked is not null && MeaningJudge.Agreeing(ranked, weak, weak[0]) is not null && ranked[0].Choice.Id == weak[0].Id
                ? Record(weak, 0.8, $"{read}; closest in meaning to \"{weak[0].Label}\"")
                : new Understood.Clarify([.. weak.Take(3).Select(w => Candidate([w]))], read);
        }

        return !evidence.AnyNegation && meaning() is { } alone
            ? MeaningJudge.Alone(alone, excluded)
            : new Understood.NotUnderstood(excluded.Count > 0 ? $"only what it is not: {read}" : "no choice's words");
    }

    /// <summary>A clause's words without the fillers that open or close it ("all four tbh" is "all four").</summary>
    private static string WithoutFillers(Clause clause)
    {
        var words = clause.Words.Select(w => w.Compact).ToList();
        while (words.Count > 1 && Lexicon.Fillers.FirstOrDefault(f => words.Count > Phrases.Length(f) && string.Join(' ', words[^Phrases.Length(f)..]) == f) is { } last)
        {
            words.RemoveRange(words.Count - Phrases.Length(last), Phrases.Length(last));
        }

        while (words.Count > 1 && Lexicon.Fillers.FirstOrDefault(f => words.Count > Phrases.Length(f) && string.Join(' ', words[..Phrases.Length(f)]) == f) is { } first)
        {
            words.RemoveRange(0, Phrases.Length(first));
        }

        return string.Join(' ', words);
    }

    /// <summary>Whether meaning puts <paramref name="weak"/> clearly first among the choices not named clearly.</summary>
    private static bool ConfirmedBeside(IReadOnlyList<Closeness> ranked, IReadOnlyList<Choice> strong, Choice weak)
    {
        var rest = ranked.Where(c => strong.All(s => s.Id != c.Choice.Id)).ToList();
        return MeaningJudge.Agreeing(rest, [.. rest.Select(c => c.Choice)], weak) is { } agreed && agreed.Choice.Id == weak.Id;
    }

    private static Understood.Recorded Record(IReadOnlyList<Choice> choices, double confidence, string read) =>
        new(new AnswerValue([.. choices.Select(c => c.Id)], null, null), confidence, $"{read} → {AnswerWords.All([.. choices.Select(c => c.Label)])}");

    private static Candidate Candidate(IReadOnlyList<Choice> choices) => Understanding.Candidate.Of(choices);
}
