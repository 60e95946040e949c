using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Scoring;

/// <summary>Turns a finished decision's answers into a <see cref="DecisionResult"/>: scores, margin, flip point or tie-break, team view.</summary>
public static class ResultBuilder
{
    public static DecisionResult Build(Decision decision, DialogSession session, DecisionCatalog? catalog = null)
    {
        var given = DecisionAnswers.Of(session, decision);
        var records = given.Records.ToList();
        var answers = WeightedAnswers.From(records);
        var scored = Scorer.Score(decision, answers);
        var winner = scored.Ranking[0];
        var runnerUp = scored.Ranking.Skip(1).FirstOrDefault();
        var margin = runnerUp is null ? Math.Max(winner.Score, 0) : Math.Round(winner.Score - runnerUp.Score, 2);
        var relative = margin / Math.Max(Math.Abs(winner.Score), 1);
        var decisiveness = scored.Tied.Count > 1 ? Decisiveness.Tie
            : relative < 0.1 ? Decisiveness.Close
            : relative < 0.3 ? Decisiveness.Clear : Decisiveness.Decisive;
        var plan = QuestionPlan.For(decision, given, answers, _ => true);
        var open = plan.Items
            .Where(i => i.State == PlannedState.Asked && i.Question.Kind != QuestionKind.Note && !records.Any(r => r.QuestionId == i.Question.Id && !r.Skipped))
            .Select(i => i.Question).ToList();

        return new DecisionResult(
            decision,
            scored.Ranking,
            scored.Recommended,
            scored.SplitAdvice,
            margin,
            decisiveness,
            scored.Tied.Count > 1 ? null : FlipPoints.Find(decision, answers, scored),
            session.Team ? Leans(decision, session, records) : [],
            session.Team ? Disagreements(decision, session, records) : [],
            Notes(decision, session, records))
        {
            Tied = scored.Tied,
            TieBreak = scored.Tied.Count > 1 ? FlipPoints.BreakTie(decision, answers, scored, open, catalog) : null,
            Open = open,
            Carried = [.. plan.Items.Where(i => i.State == PlannedState.Carried).Select(i => i.Question)],
        };
    }

    /// <summary>A note that says nothing ("ok", "no", "thanks", a greeting): kept in the session, never counted as an answer.</summary>
    public static bool IsNonAnswer(AnswerRecord record) =>
        record.Note is { } note && SmallTalk.Classify(note) is not SmallTalkKind.None;

    private static List<MemberLean> Leans(Decision decision, DialogSession session, List<AnswerRecord> records) =>
    [
        .. session.Members
            .Select(m => (Member: m, Mine: records.Where(r => r.MemberId == m.Id && !r.Skipped && !IsNonAnswer(r)).ToList()))
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
            .Where(r => !r.Skipped && r.Note is { Length: > 0 } && !IsNonAnswer(r))
            .Select(r => new MemberNote(session.NameOf(r.MemberId), decision.FindQuestion(r.QuestionId)!, r.Note!)),
    ];
}
