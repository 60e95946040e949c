using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Scoring;

namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>The question a session waits on: its place in the decision and, in a team, who answered and who not yet.</summary>
public sealed record PendingQuestion(
    Decision Decision,
    Question Question,
    int Number,
    int Total,
    IReadOnlyList<Member> WaitingFor,
    IReadOnlyList<(string Name, string Answer)> AnsweredBy);

/// <summary>
/// Where a session stands: the pending question, and the decisions finished so far. Their full results (reasons, flip
/// point, team view) are built only when asked for: replaying a session to find the pending question needs only each
/// finished decision's winner.
/// </summary>
public sealed class DialogProgress
{
    private readonly Lazy<IReadOnlyList<DecisionResult>> _results;

    private DialogProgress(PendingQuestion? pending, IReadOnlyList<Decision> finished, DialogSession session)
    {
        Pending = pending;
        Finished = finished;
        _results = new Lazy<IReadOnlyList<DecisionResult>>(() => [.. finished.Select(d => ResultBuilder.Build(d, session))]);
    }

    public PendingQuestion? Pending { get; }

    /// <summary>The decisions of the chain that are finished, in order.</summary>
    public IReadOnlyList<Decision> Finished { get; }

    /// <summary>The finished decisions' full results, built on first use.</summary>
    public IReadOnlyList<DecisionResult> Results => _results.Value;

    public bool IsFinished => Pending is null;

    /// <summary>
    /// Replays the session's answers: walks each decision's questions in order (skipping those whose conditions do
    /// not hold), stops at the first one not yet closed, and chains follow-up decisions when their option wins.
    /// Closing questions is <see cref="SessionChanges"/>' job; this only reads.
    /// </summary>
    public static DialogProgress Of(DialogSession session, DecisionCatalog catalog)
    {
        var chain = new List<Decision> { catalog.Get(session.RootDecisionId) };
        var finished = new List<Decision>();
        for (var i = 0; i < chain.Count; i++)
        {
            var decision = chain[i];
            var records = session.Answers.Where(a => a.DecisionId == decision.Id).ToList();
            var answers = WeightedAnswers.From(records);
            var applicable = decision.Questions.Where(q => WeightedAnswers.Holds(q, answers)).ToList();
            for (var n = 0; n < applicable.Count; n++)
            {
                var question = applicable[n];
                var given = records.Where(r => r.QuestionId == question.Id).ToList();
                if (!session.Closed.Contains(Key(decision, question)))
                {
                    var waiting = session.Members.Where(m => !given.Any(r => r.MemberId == m.Id)).ToList();
                    var answeredBy = given.Select(r => (session.NameOf(r.MemberId), r.Skipped ? "skipped" : Scorer.AnswerText(question, r.Value))).ToList();
                    return new DialogProgress(new PendingQuestion(decision, question, n + 1, applicable.Count, waiting, answeredBy), finished, session);
                }
            }

            finished.Add(decision);
            var winner = Scorer.Score(decision, answers).Recommended;
            foreach (var followUp in decision.FollowUps)
            {
                if (followUp.WhenWinner.Contains(winner.Id, StringComparer.Ordinal) && chain.All(c => c.Id != followUp.DecisionId))
                {
                    chain.Add(catalog.Get(followUp.DecisionId));
                }
            }
        }

        return new DialogProgress(null, finished, session);
    }

    public static string Key(Decision decision, Question question) => $"{decision.Id}/{question.Id}";

    /// <summary>Any question of a session, described like the pending one: its place, who answered it and who not yet.</summary>
    public static PendingQuestion Describe(DialogSession session, Decision decision, Question question)
    {
        var records = session.Answers.Where(a => a.DecisionId == decision.Id).ToList();
        var applicable = decision.Questions.Where(q => WeightedAnswers.Holds(q, WeightedAnswers.From(records))).ToList();
        var given = records.Where(r => r.QuestionId == question.Id).ToList();
        return new PendingQuestion(
            decision, question, Math.Max(1, applicable.IndexOf(question) + 1), applicable.Count,
            [.. session.Members.Where(m => !given.Any(r => r.MemberId == m.Id))],
            [.. given.Select(r => (session.NameOf(r.MemberId), r.Skipped ? "skipped" : Scorer.AnswerText(question, r.Value)))]);
    }
}
