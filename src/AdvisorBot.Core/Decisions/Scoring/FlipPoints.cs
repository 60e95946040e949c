using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Scoring;

/// <summary>The single answers that would change a result: the flip point of a win, the tie-break of a tie.</summary>
internal static class FlipPoints
{
    /// <summary>
    /// Of the answers that, changed alone, would change the recommendation, the one the current winner leans on most.
    /// </summary>
    public static FlipPoint? Find(Decision decision, WeightedAnswers answers, Scorer.Scored current)
    {
        var winnerId = current.Recommended.Id;
        FlipPoint? best = null;
        double bestWeight = double.MinValue;
        foreach (var question in decision.Questions.Where(q => q.Kind != QuestionKind.Note && answers.For(q.Id).Count > 0))
        {
            var present = answers.Majority(question.Id)!;
            foreach (var alternative in Alternatives(question).Where(a => !a.SameAs(present)))
            {
                var changed = Scorer.Score(decision, answers.With(question.Id, alternative));
                if (changed.Recommended.Id == winnerId)
                {
                    continue;
                }

                var leanedOn = Sum(current, winnerId, question) - Sum(current, changed.Recommended.Id, question);
                if (leanedOn > bestWeight)
                {
                    bestWeight = leanedOn;
                    best = new FlipPoint(question, Scorer.AnswerText(question, present), Scorer.AnswerText(question, alternative), changed.Recommended);
                }

                break;
            }
        }

        return best;
    }

    /// <summary>
    /// What would break a tie: the follow-up decision when it chooses between all the tied options; else an answer to
    /// a question left open, else one changed answer, that puts one of the tied options ahead on its own.
    /// </summary>
    public static TieBreak? BreakTie(Decision decision, WeightedAnswers answers, Scorer.Scored current, IReadOnlyList<Question> open, DecisionCatalog? catalog)
    {
        var followUps = current.Tied.Select(o => decision.FollowUpFor(o.Id)?.DecisionId).Distinct().ToList();
        if (followUps is [{ } followUpId] && catalog?.Find(followUpId) is { } followUp)
        {
            return new TieBreak(followUp, null, null, null, null);
        }

        var candidates = open.Select(q => (Question: q, Present: (AnswerValue?)null))
            .Concat(decision.Questions
                .Where(q => q.Kind != QuestionKind.Note && answers.For(q.Id).Count > 0)
                .Select(q => (Question: q, Present: answers.Majority(q.Id))));
        foreach (var (question, present) in candidates)
        {
            foreach (var alternative in Alternatives(question).Where(a => present is null || !a.SameAs(present)))
            {
                var changed = Scorer.Score(decision, answers.With(question.Id, alternative));
                if (changed.Tied.Count == 0 && current.Tied.Any(t => t.Id == changed.Recommended.Id))
                {
                    return new TieBreak(null, question, present is null ? null : Scorer.AnswerText(question, present), Scorer.AnswerText(question, alternative), changed.Recommended);
                }
            }
        }

        return null;
    }

    private static double Sum(Scorer.Scored scored, string optionId, Question question) =>
        scored.Ranking.First(r => r.Option.Id == optionId).All.Where(c => c.Question.Id == question.Id).Sum(c => c.Delta);

    private static IEnumerable<AnswerValue> Alternatives(Question question) => question.Kind switch
    {
        QuestionKind.Scale => Enumerable.Range(Question.ScaleMin, Question.ScaleMax).Select(AnswerValue.OfScale),
        _ => question.Choices.Select(c => AnswerValue.OfChoice(c.Id)),
    };
}
