using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>
/// A typed answer to a question as a value to store, or null when the text is not one: what <see cref="AnswerReader"/>
/// (by words alone) records. Candidates it would ask back, questions and unclear replies are all null here.
/// </summary>
public static class AnswerParser
{
    public static AnswerValue? Parse(Question question, string text) =>
        AnswerReader.WordsOnly.Read(question, text) is Understood.Recorded recorded ? recorded.Value : null;

    /// <summary>What the question accepts, in words, for a reprompt.</summary>
    public static string Accepted(Question question) => question.Kind switch
    {
        QuestionKind.Note => "any text",
        QuestionKind.Scale => $"a number from {Question.ScaleMin} ({question.Scale!.Low}) to {Question.ScaleMax} ({question.Scale.High})",
        QuestionKind.YesNo => "yes or no",
        QuestionKind.Multiple => $"one or more of the numbers 1–{question.Choices.Count}, separated by commas (e.g. 1, 3), or the answers' words",
        _ => $"a number from 1 to {question.Choices.Count}, or the answer's words",
    };
}
