using System.Globalization;
using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>
/// Reads a typed answer to a question: the choice's number, its text, a synonym or a near miss; several of them
/// for multiple choice; 1–5 or words for a scale; anything for a note. Null when the text is not an answer.
/// </summary>
public static class AnswerParser
{
    private static readonly string[] Yes = ["y", "yes", "yeah", "yep", "yup", "sure", "true", "ok", "okay", "correct", "definitely", "absolutely", "of course"];
    private static readonly string[] No = ["n", "no", "nope", "nah", "false", "not really", "none", "negative"];
    private static readonly Dictionary<string, int> ScaleWords = new(StringComparer.Ordinal)
    {
        ["very low"] = 1, ["minimal"] = 1, ["tiny"] = 1, ["low"] = 2, ["small"] = 2, ["medium"] = 3, ["moderate"] = 3,
        ["average"] = 3, ["middle"] = 3, ["high"] = 4, ["large"] = 4, ["very high"] = 5, ["huge"] = 5, ["massive"] = 5,
    };

    public static AnswerValue? Parse(Question question, string text)
    {
        var typed = TextMatching.Normalize(text);
        if (typed.Length == 0)
        {
            return null;
        }

        return question.Kind switch
        {
            QuestionKind.Note => AnswerValue.OfNote(text.Trim()),
            QuestionKind.Scale => ParseScale(question, typed) is { } scale ? AnswerValue.OfScale(scale) : null,
            QuestionKind.Multiple => ParseMultiple(question, typed),
            _ => ParseOne(question, typed) is { } choice ? AnswerValue.OfChoice(choice.Id) : null,
        };
    }

    /// <summary>What the question accepts, in words, for a reprompt.</summary>
    public static string Accepted(Question question) => question.Kind switch
    {
        QuestionKind.Note => "any text",
        QuestionKind.Scale => $"a number from {Question.ScaleMin} ({question.Scale!.Low}) to {Question.ScaleMax} ({question.Scale.High})",
        QuestionKind.YesNo => "yes or no",
        QuestionKind.Multiple => $"one or more of the numbers 1–{question.Choices.Count}, separated by commas (e.g. 1, 3), or the answers' words",
        _ => $"a number from 1 to {question.Choices.Count}, or the answer's words",
    };

    private static Choice? ParseOne(Question question, string typed)
    {
        if (int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= question.Choices.Count ? question.Choices[number - 1] : null;
        }

        if (question.Kind == QuestionKind.YesNo)
        {
            if (Yes.Contains(typed))
            {
                return question.FindChoice("yes");
            }

            if (No.Contains(typed))
            {
                return question.FindChoice("no");
            }
        }

        var exact = question.Choices.Where(c => Names(c).Contains(typed)).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }

        var contained = question.Choices.Where(c => Names(c).Any(n => n.Length >= 2 && TextMatching.ContainsWord(typed, n))).ToList();
        if (contained.Count == 1)
        {
            return contained[0];
        }

        var near = question.Choices.Where(c => Names(c).Any(n => TextMatching.IsNearMiss(typed, n))).ToList();
        return near.Count == 1 ? near[0] : null;
    }

    private static AnswerValue? ParseMultiple(Question question, string typed)
    {
        if (ParseOne(question, typed) is { } whole)
        {
            return AnswerValue.OfChoice(whole.Id);
        }

        var parts = typed.Replace(" and ", ",", StringComparison.Ordinal).Replace(" & ", ",", StringComparison.Ordinal)
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var chosen = new List<string>();
        foreach (var part in parts)
        {
            var found = ParseOne(question, part) is { } one
                ? [one]
                : part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => ParseOne(question, word)).ToList();
            if (found.Count == 0 || found.Any(c => c is null))
            {
                return null;
            }

            chosen.AddRange(found.Select(c => c!.Id).Where(id => !chosen.Contains(id)));
        }

        return chosen.Count > 0 ? new AnswerValue(chosen, null, null) : null;
    }

    private static int? ParseScale(Question question, string typed)
    {
        if (int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= Question.ScaleMin and <= Question.ScaleMax ? number : null;
        }

        if (TextMatching.Normalize(question.Scale!.Low) == typed)
        {
            return Question.ScaleMin;
        }

        if (TextMatching.Normalize(question.Scale.High) == typed)
        {
            return Question.ScaleMax;
        }

        return ScaleWords.TryGetValue(typed, out var value) ? value : null;
    }

    private static IEnumerable<string> Names(Choice choice) =>
        new[] { choice.Label, choice.Id }.Concat(choice.Synonyms).Select(TextMatching.Normalize);
}
