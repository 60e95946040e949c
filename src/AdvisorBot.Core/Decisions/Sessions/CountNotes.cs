using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Scoring;

namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>
/// The visible reasons for a question count that changes: said with the question right after the answer that ruled
/// questions out ("One question fewer: …"), and, on a follow-up's first question, which answers were carried instead
/// of asked.
/// </summary>
internal static class CountNotes
{
    private static readonly string[] Counts = ["No", "One", "Two", "Three", "Four", "Five"];

    public static IEnumerable<string> For(Decision decision, Question pending, QuestionPlan plan, DecisionAnswers given, DecisionCatalog catalog, int number)
    {
        var index = plan.Items.ToList().FindIndex(i => i.Question.Id == pending.Id);
        var previous = plan.Items.Take(index).LastOrDefault(i => i.State == PlannedState.Asked).Question;
        var dropped = plan.Items
            .Where(i => i.State == PlannedState.RuledOut && previous is not null && i.Question.When.Any(c => c.QuestionId == previous.Id))
            .Select(i => i.Question)
            .ToList();
        if (dropped.Count > 0)
        {
            yield return Dropped(decision, dropped, given);
        }

        if (number != 1)
        {
            yield break;
        }

        foreach (var (questionId, from) in given.Carried)
        {
            var question = decision.FindQuestion(questionId)!;
            var source = catalog.Find(from.Carry.DecisionId)?.FindQuestion(from.Carry.QuestionId);
            var answer = string.Join(" / ", given.Records.Where(r => r.QuestionId == questionId).Select(r => Scorer.AnswerText(question, r.Value)).Distinct(StringComparer.Ordinal));
            var sourceAnswer = source is null ? string.Empty
                : string.Join(" / ", from.Sources.Select(s => Scorer.AnswerText(source, s.Value)).Distinct(StringComparer.Ordinal));
            yield return source is null || source.Prompt == question.Prompt
                ? $"Not asked again: \"{question.Prompt}\" — {answer}, as answered before."
                : $"Not asked again: \"{question.Prompt}\" — {answer}, from the earlier answer \"{sourceAnswer}\" to \"{source.Prompt}\".";
        }
    }

    private static string Dropped(Decision decision, List<Question> dropped, DecisionAnswers given)
    {
        var count = dropped.Count < Counts.Length ? Counts[dropped.Count] : dropped.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var prompts = string.Join(" and ", dropped.Select(q => $"\"{q.Prompt}\""));
        var causes = dropped.SelectMany(q => q.When.Select(c => c.QuestionId)).Distinct(StringComparer.Ordinal)
            .Select(decision.FindQuestion).OfType<Question>()
            .Select(q => $"\"{q.Prompt}\" ({Answered(q, given)})");
        return $"{count} question{(dropped.Count == 1 ? string.Empty : "s")} fewer: {prompts} {(dropped.Count == 1 ? "does" : "do")} not apply, given the answer to {string.Join(" and ", causes)}.";
    }

    private static string Answered(Question question, DecisionAnswers given)
    {
        var answers = given.Records.Where(r => r.QuestionId == question.Id).ToList();
        return answers.Count == 0 || answers.All(a => a.Skipped)
            ? "skipped"
            : string.Join(" / ", answers.Where(a => !a.Skipped).Select(a => Scorer.AnswerText(question, a.Value)).Distinct(StringComparer.Ordinal));
    }
}
