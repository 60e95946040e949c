using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Scoring;

namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>Where a question of a decision stands, as far as the answers so far tell.</summary>
public enum PlannedState
{
    /// <summary>It applies: asked, or to be asked.</summary>
    Asked,

    /// <summary>Its conditions hang on answers not given yet: counted in the estimate.</summary>
    Undecided,

    /// <summary>Its conditions are settled and do not hold: it will not be asked.</summary>
    RuledOut,

    /// <summary>Its answer is carried from an earlier decision: not asked again.</summary>
    Carried,
}

/// <summary>
/// Every question of one decision with its state. The question count is the asked and undecided ones: it starts
/// as an estimate ("about 16") and only changes when an answer rules a question out (or "back" lets it in again).
/// </summary>
public sealed class QuestionPlan
{
    private QuestionPlan(IReadOnlyList<(Question Question, PlannedState State)> items) => Items = items;

    public IReadOnlyList<(Question Question, PlannedState State)> Items { get; }

    public int Total => Items.Count(i => i.State is PlannedState.Asked or PlannedState.Undecided);

    public bool IsEstimate => Items.Any(i => i.State == PlannedState.Undecided);

    /// <summary>The question's place among the questions asked (1-based).</summary>
    public int NumberOf(Question question) =>
        1 + Items.TakeWhile(i => i.Question.Id != question.Id).Count(i => i.State == PlannedState.Asked);

    public static QuestionPlan For(Decision decision, DecisionAnswers given, WeightedAnswers answers, Func<Question, bool> closed)
    {
        var states = new Dictionary<string, PlannedState>(StringComparer.Ordinal);
        var items = new List<(Question, PlannedState)>();
        foreach (var question in decision.Questions)
        {
            var state = given.Carried.ContainsKey(question.Id) ? PlannedState.Carried
                : WeightedAnswers.Holds(question, answers) ? PlannedState.Asked
                : question.When.All(c => Settled(decision, c.QuestionId, states, closed)) ? PlannedState.RuledOut
                : PlannedState.Undecided;
            states[question.Id] = state;
            items.Add((question, state));
        }

        return new QuestionPlan(items);
    }

    /// <summary>Whether a condition's question can no longer change: closed, carried, or ruled out itself.</summary>
    private static bool Settled(Decision decision, string questionId, Dictionary<string, PlannedState> states, Func<Question, bool> closed) =>
        states.GetValueOrDefault(questionId) switch
        {
            PlannedState.Carried or PlannedState.RuledOut => true,
            PlannedState.Asked => decision.FindQuestion(questionId) is { } q && closed(q),
            _ => false,
        };
}
