using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Scoring;

/// <summary>How one answer moves one option: the points, and the reason the file gives for moving that option.</summary>
internal static class Contributions
{
    public static Contribution? Of(Question question, AnswerValue value, string optionId)
    {
        if (question.Kind == QuestionKind.Scale)
        {
            var weight = question.ScaleWeights.GetValueOrDefault(optionId);
            return value.Scale is { } scale && weight != 0 && scale != Question.ScaleMiddle
                ? new Contribution(question, string.Empty, weight * (scale - Question.ScaleMiddle) / 2.0, question.ScaleReasonFor(optionId, scale)) { OptionId = optionId }
                : null;
        }

        var moving = value.Choices.Select(question.FindChoice).OfType<Choice>().Where(c => c.Weights.GetValueOrDefault(optionId) != 0).ToList();
        var total = moving.Sum(c => c.Weights[optionId]);
        if (moving.Count == 0 || total == 0)
        {
            return null;
        }

        // Several picks of a multiple-choice answer: each reason of a pick that moves the option the way the total does.
        var explaining = moving.Where(c => Math.Sign(c.Weights[optionId]) == Math.Sign(total)).ToList();
        var reasons = explaining.Select(c => c.ReasonFor(optionId)).OfType<string>().Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var citations = explaining.SelectMany(c => c.Citations ?? question.Citations).Distinct().ToList();
        return new Contribution(question, string.Empty, total, reasons.Count == 0 ? null : string.Join(" ", reasons.Select(Sentence)))
        {
            OptionId = optionId,
            Citations = citations,
        };
    }

    private static string Sentence(string reason) => reason.EndsWith('.') || reason.EndsWith('!') || reason.EndsWith('?') ? reason : reason + ".";
}
