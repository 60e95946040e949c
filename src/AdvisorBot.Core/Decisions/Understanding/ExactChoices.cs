using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// The fast path: a reply that is a choice's number ("2", "1, 3" for multiple choice), or exactly one choice's label,
/// id or synonym, or a near miss of exactly one of them as a whole ("Pages, forms and content for a webiste").
/// </summary>
public static class ExactChoices
{
    public static Understood? Read(Question question, ReplyText reply)
    {
        if (ChoiceNumbers.Read(reply) is { } numbers)
        {
            return Numbers(question, numbers);
        }

        var typed = TextMatching.Normalize(reply.Text);
        var exact = question.Choices.Where(c => Names(c).Contains(typed)).ToList();
        if (exact.Count == 1)
        {
            return Record(exact[0], 1, $"\"{reply.Text}\"");
        }

        var near = question.Choices.Where(c => Names(c).Any(n => TextMatching.IsNearMiss(typed, n))).ToList();
        return near.Count == 1 && exact.Count == 0 ? Record(near[0], 0.85, $"\"{reply.Text}\", a near miss") : null;
    }

    private static Understood Numbers(Question question, IReadOnlyList<int> numbers)
    {
        if (numbers.Any(n => n < 1 || n > question.Choices.Count))
        {
            return new Understood.NotUnderstood($"the choices are numbered 1 to {question.Choices.Count}");
        }

        if (numbers.Count > 1 && question.Kind != QuestionKind.Multiple)
        {
            return new Understood.NotUnderstood("one number, please: the question takes one answer");
        }

        var chosen = numbers.Distinct().Select(n => question.Choices[n - 1]).ToList();
        return new Understood.Recorded(
            new AnswerValue([.. chosen.Select(c => c.Id)], null, null), 1,
            $"{string.Join(", ", numbers.Distinct())} → {AnswerWords.All([.. chosen.Select(c => c.Label)])}");
    }

    private static Understood.Recorded Record(Choice choice, double confidence, string read) =>
        new(AnswerValue.OfChoice(choice.Id), confidence, $"{read} → {choice.Label}");

    private static IEnumerable<string> Names(Choice choice) =>
        new[] { choice.Label, choice.Id }.Concat(choice.Synonyms).Select(TextMatching.Normalize);
}
