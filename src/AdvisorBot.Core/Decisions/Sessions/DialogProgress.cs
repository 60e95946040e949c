using System.Globalization;
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
    IReadOnlyList<(string Name, string Answer)> AnsweredBy)
{
    /// <summary>Whether <see cref="Total"/> still counts questions that may turn out not to apply.</summary>
    public bool TotalIsEstimate { get; init; }

    /// <summary>Said with the question: why the count changed just now, and answers carried instead of asked again.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>"about 16" while the count is an estimate, "15" once it is known.</summary>
    public string TotalText => TotalIsEstimate ? $"about {Total.ToString(CultureInfo.InvariantCulture)}" : Total.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Where a session stands: the pending question, and the decisions finished so far. Their full results (reasons, flip
/// point, team view) are built only when asked for: replaying a session to find the pending question needs only each
/// finished decision's winner.
/// </summary>
public sealed class DialogProgress
{
    private readonly Lazy<IReadOnlyList<DecisionResult>> _results;

    private DialogProgress(PendingQuestion? pending, IReadOnlyList<Decision> finished, DialogSession session, DecisionCatalog catalog)
    {
        Pending = pending;
        Finished = finished;
        _results = new Lazy<IReadOnlyList<DecisionResult>>(() => [.. finished.Select(d => ResultBuilder.Build(d, session, catalog))]);
    }

    public PendingQuestion? Pending { get; }

    /// <summary>The decisions of the chain that are finished, in order.</summary>
    public IReadOnlyList<Decision> Finished { get; }

    /// <summary>The finished decisions' full results, built on first use.</summary>
    public IReadOnlyList<DecisionResult> Results => _results.Value;

    public bool IsFinished => Pending is null;

    /// <summary>
    /// Replays the session's answers: walks each decision's questions in order (skipping those whose conditions do
    /// not hold and those answered by carrying an earlier answer), stops at the first one not yet closed, and chains
    /// follow-up decisions when their option wins. Closing questions is <see cref="SessionChanges"/>' job; this only reads.
    /// </summary>
    public static DialogProgress Of(DialogSession session, DecisionCatalog catalog)
    {
        var chain = new List<Decision> { catalog.Get(session.RootDecisionId) };
        var finished = new List<Decision>();
        for (var i = 0; i < chain.Count; i++)
        {
            var decision = chain[i];
            var given = DecisionAnswers.Of(session, decision);
            var answers = WeightedAnswers.From(given.Records);
            var plan = QuestionPlan.For(decision, given, answers, q => session.Closed.Contains(Key(decision, q)));
            var next = plan.Items.FirstOrDefault(p => p.State == PlannedState.Asked && !session.Closed.Contains(Key(decision, p.Question)));
            if (next.Question is { } question)
            {
                return new DialogProgress(Describe(session, catalog, decision, question, given, plan), finished, session, catalog);
            }

            finished.Add(decision);
            var winner = Scorer.Score(decision, answers).Recommended;
            if (decision.FollowUpFor(winner.Id) is { } followUp && chain.All(c => c.Id != followUp.DecisionId))
            {
                chain.Add(catalog.Get(followUp.DecisionId));
            }
        }

        return new DialogProgress(null, finished, session, catalog);
    }

    public static string Key(Decision decision, Question question) => $"{decision.Id}/{question.Id}";

    /// <summary>Any question of a session, described like the pending one: its place, who answered it and who not yet.</summary>
    public static PendingQuestion Describe(DialogSession session, Decision decision, Question question)
    {
        var given = DecisionAnswers.Of(session, decision);
        var plan = QuestionPlan.For(decision, given, WeightedAnswers.From(given.Records), q => session.Closed.Contains(Key(decision, q)));
        var records = given.Records.Where(r => r.QuestionId == question.Id).ToList();
        return new PendingQuestion(
            decision, question, plan.NumberOf(question), plan.Total,
            [.. session.Members.Where(m => !records.Any(r => r.MemberId == m.Id))],
            [.. records.Select(r => (session.NameOf(r.MemberId), r.Skipped ? "skipped" : Scorer.AnswerText(question, r.Value)))])
        {
            TotalIsEstimate = plan.IsEstimate,
        };
    }

    private static PendingQuestion Describe(DialogSession session, DecisionCatalog catalog, Decision decision, Question question, DecisionAnswers given, QuestionPlan plan)
    {
        var records = given.Records.Where(r => r.QuestionId == question.Id).ToList();
        var number = plan.NumberOf(question);
        return new PendingQuestion(
            decision, question, number, plan.Total,
            [.. session.Members.Where(m => !records.Any(r => r.MemberId == m.Id))],
            [.. records.Select(r => (session.NameOf(r.MemberId), r.Skipped ? "skipped" : Scorer.AnswerText(question, r.Value)))])
        {
            TotalIsEstimate = plan.IsEstimate,
            Notes = [.. CountNotes.For(decision, question, plan, given, catalog, number)],
        };
    }
}
