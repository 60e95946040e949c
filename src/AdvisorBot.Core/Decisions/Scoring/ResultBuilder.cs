using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Scoring;

/// <summary>Turns a finished decision's answers into a <see cref="DecisionResult"/>: scores, margin, flip point, team view.</summary>
public static class ResultBuilder
{
    public static DecisionResult Build(Decision decision, DialogSession session)
    {
        var records = session.Answers.Where(a => a.DecisionId == decision.Id).ToList();
        var answers = WeightedAnswers.From(records);
        var scored = Scorer.Score(decision, answers);
        var winner = scored.Ranking.First(r => r.Option.Id == scored.Recommended.Id);
        var runnerUp = scored.Ranking.FirstOrDefault(r => r.Option.Id != winner.Option.Id);
        var margin = runnerUp is null ? winner.Score : Math.Round(winner.Score - runnerUp.Score, 2);
        var relative = margin / Math.Max(Math.Abs(winner.Score), 1);
        var decisiveness = scored.RuleApplied is not null || relative < 0.1 ? Decisiveness.Close
            : relative < 0.3 ? Decisiveness.Clear : Decisiveness.Decisive;

        return new DecisionResult(
            decision,
            scored.Ranking,
            scored.Recommended,
            scored.RuleApplied,
            margin,
            decisiveness,
            FindFlipPoint(decision, answers, scored),
            session.Team ? Leans(decision, session, records) : [],
            session.Team ? Disagreements(decision, session, records) : [],
            Notes(decision, session, records));
    }

    /// <summary>
    /// Of the answers that, changed alone, would change the recommendation, the one the current winner leans on most.
    /// </summary>
    private static FlipPoint? FindFlipPoint(Decision decision, WeightedAnswers answers, Scorer.Scored current)
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

                var leanedOn = current.Ranking.First(r => r.Option.Id == winnerId).All.Where(c => c.Question.Id == question.Id).Sum(c => c.Delta)
                    - current.Ranking.First(r => r.Option.Id == changed.Recommended.Id).All.Where(c => c.Question.Id == question.Id).Sum(c => c.Delta);
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

    private static IEnumerable<AnswerValue> Alternatives(Question question) => question.Kind switch
    {
        QuestionKind.Scale => Enumerable.Range(Question.ScaleMin, Question.ScaleMax).Select(AnswerValue.OfScale),
        _ => question.Choices.Select(c => AnswerValue.OfChoice(c.Id)),
    };

    private static List<MemberLean> Leans(Decision decision, DialogSession session, List<AnswerRecord> records) =>
    [
        .. session.Members
            .Select(m => (Member: m, Mine: records.Where(r => r.MemberId == m.Id && !r.Skipped).ToList()))
            .Where(x => x.Mine.Count > 0)
            .Select(x => new MemberLean(x.Member.Name, Scorer.Score(decision, WeightedAnswers.From(x.Mine)).Recommended, x.Mine.Count)),
    ];

    private static List<Disagreement> Disagreements(Decision decision, DialogSession session, List<AnswerRecord> records)
    {
        var result = new List<Disagreement>();
        foreach (var question in decision.Questions.Where(q => q.Kind != QuestionKind.Note))
        {
            var answered = records.Where(r => r.QuestionId == question.Id && !r.Skipped)
                .OrderBy(r => session.Members.FindIndex(m => m.Id == r.MemberId)).ToList();
            if (answered.Select(r => Scorer.AnswerText(question, r.Value)).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                result.Add(new Disagreement(question, [.. answered.Select(r => (session.NameOf(r.MemberId), Scorer.AnswerText(question, r.Value)))]));
            }
        }

        return result;
    }

    private static List<MemberNote> Notes(Decision decision, DialogSession session, List<AnswerRecord> records) =>
    [
        .. records
            .Where(r => !r.Skipped && r.Note is { Length: > 0 })
            .Select(r => new MemberNote(session.NameOf(r.MemberId), decision.FindQuestion(r.QuestionId)!, r.Note!)),
    ];
}
