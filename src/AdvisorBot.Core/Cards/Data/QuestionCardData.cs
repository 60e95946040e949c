using System.Globalization;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Cards.Data;

/// <summary>The data of the question card (cards/question.json).</summary>
public sealed record QuestionCardData(
    string DecisionId,
    string DecisionTitle,
    string QuestionId,
    int Number,
    int Total,
    string Prompt,
    string Help,
    bool UseButtons,
    bool UseList,
    bool IsMultiple,
    bool IsNote,
    bool Skippable,
    IReadOnlyList<ChoiceData> Choices,
    IReadOnlyList<AnsweredData> Answered,
    string Waiting,
    string Status)
{
    /// <summary>Up to this many answers show as buttons; more become a choice list.</summary>
    public const int MaxButtons = 5;

    public static QuestionCardData From(PendingQuestion pending, bool team, string? status = null)
    {
        var q = pending.Question;
        var choices = q.Kind == QuestionKind.Scale
            ? Enumerable.Range(Question.ScaleMin, Question.ScaleMax)
                .Select(n => new ChoiceData(n.ToString(CultureInfo.InvariantCulture), n == Question.ScaleMin ? $"1 · {q.Scale!.Low}" : n == Question.ScaleMax ? $"5 · {q.Scale!.High}" : n.ToString(CultureInfo.InvariantCulture), q.Kind == QuestionKind.Scale))
                .ToList()
            : q.Choices.Select(c => new ChoiceData(c.Id, Shorten(c.Label, 60), false)).ToList();
        var isChoice = q.Kind != QuestionKind.Note;
        var buttons = isChoice && q.Kind != QuestionKind.Multiple && choices.Count <= MaxButtons;
        return new QuestionCardData(
            pending.Decision.Id, pending.Decision.Title, q.Id, pending.Number, pending.Total, q.Prompt, q.Help,
            buttons, isChoice && !buttons, q.Kind == QuestionKind.Multiple, q.Kind == QuestionKind.Note, q.Skippable,
            choices,
            team ? [.. pending.AnsweredBy.Select(a => new AnsweredData(a.Name, a.Answer))] : [],
            team && pending.AnsweredBy.Count > 0 && pending.WaitingFor.Count > 0 ? $"Waiting for {string.Join(", ", pending.WaitingFor.Select(m => m.Name))}, or say next." : string.Empty,
            status ?? string.Empty);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}

/// <summary>One answer button or list entry; <see cref="IsScale"/> answers send a number.</summary>
public sealed record ChoiceData(string Id, string Title, bool IsScale);

public sealed record AnsweredData(string Name, string Answer);
