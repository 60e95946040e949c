using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Scoring;

/// <summary>
/// The answers scored for one decision: per question, each answer with its share (1 for a person; 1/n for each
/// of n team members who answered).
/// </summary>
public sealed class WeightedAnswers
{
    private readonly Dictionary<string, List<(AnswerValue Value, double Share)>> _byQuestion = new(StringComparer.Ordinal);

    public static WeightedAnswers From(IEnumerable<AnswerRecord> records)
    {
        var answers = new WeightedAnswers();
        foreach (var group in records.Where(r => !r.Skipped).GroupBy(r => r.QuestionId, StringComparer.Ordinal))
        {
            var list = group.ToList();
            answers._byQuestion[group.Key] = [.. list.Select(r => (r.Value, 1.0 / list.Count))];
        }

        return answers;
    }

    public IReadOnlyList<(AnswerValue Value, double Share)> For(string questionId) =>
        _byQuestion.TryGetValue(questionId, out var list) ? list : [];

    public IEnumerable<string> QuestionIds => _byQuestion.Keys;

    /// <summary>A copy with one question's answers replaced by a single answer (for the flip-point search).</summary>
    public WeightedAnswers With(string questionId, AnswerValue value)
    {
        var copy = new WeightedAnswers();
        foreach (var (key, list) in _byQuestion)
        {
            copy._byQuestion[key] = list;
        }

        copy._byQuestion[questionId] = [(value, 1.0)];
        return copy;
    }

    /// <summary>The value most answers agree on (ties: the earliest), for conditions and summaries.</summary>
    public AnswerValue? Majority(string questionId)
    {
        var list = For(questionId);
        return list.Count == 0
            ? null
            : list.GroupBy(a => Key(a.Value)).OrderByDescending(g => g.Count()).First().First().Value;
    }

    /// <summary>
    /// Whether a question's conditions hold: for each, some answer to the named question matches (in a team, a
    /// question is asked when it is relevant to anyone).
    /// </summary>
    public static bool Holds(Question question, WeightedAnswers answers) =>
        question.When.All(condition => answers.For(condition.QuestionId).Any(a => condition.Values.Any(v =>
            a.Value.Choices.Contains(v, StringComparer.Ordinal)
            || (a.Value.Scale is { } scale && v == scale.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

    private static string Key(AnswerValue value) =>
        $"{string.Join(',', value.Choices.Order(StringComparer.Ordinal))}|{value.Scale}|{value.Note}";
}
