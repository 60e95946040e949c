using System.Globalization;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Cards.Data;

/// <summary>The data of the question card (cards/question.json).</summary>
public sealed record QuestionCardData(
    string DecisionId,
    string DecisionTitle,
    string QuestionId,
    int Number,
    string Total,
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
    string Status,
    string StatusColor,
    bool ReadOnly,
    bool Undo)
{
    /// <summary>Up to this many answers show as buttons; more become a choice list.</summary>
    public const int MaxButtons = 5;

    /// <summary>
    /// The longest answer that fits a button at Teams' card width (about 450 px, buttons side by side); with a longer
    /// one the answers become a choice list, whose labels wrap, so nothing is clipped at the card's edge.
    /// </summary>
    public const int MaxButtonLabel = 24;

    /// <summary>
    /// The card for a question; <paramref name="attention"/> styles the status as a warning (a reprompt);
    /// <paramref name="readOnly"/> (a question already closed) shows what was answered with no buttons or inputs;
    /// <paramref name="undo"/> (the status confirms an answer just recorded) offers Undo in place of Back.
    /// </summary>
    public static QuestionCardData From(PendingQuestion pending, bool team, string? status = null, bool attention = false, bool readOnly = false, bool undo = false)
    {
        var q = pending.Question;
        var choices = q.Kind == QuestionKind.Scale
            ? Enumerable.Range(Question.ScaleMin, Question.ScaleMax)
                .Select(n => new ChoiceData(n.ToString(CultureInfo.InvariantCulture), q.Scale!.Steps.Count > 0 || n is Question.ScaleMin or Question.ScaleMax ? $"{n.ToString(CultureInfo.InvariantCulture)} · {q.Scale.LabelOf(n)}" : n.ToString(CultureInfo.InvariantCulture), q.Kind == QuestionKind.Scale))
                .ToList()
            : q.Choices.Select(c => new ChoiceData(c.Id, c.Label, false)).ToList();
        var isChoice = q.Kind != QuestionKind.Note && !readOnly;
        // Labelled scale steps ("4 · 10,000 to 49,999") do not fit five buttons side by side: they become a list.
        var labelledScale = q.Kind == QuestionKind.Scale && q.Scale!.Steps.Count > 0;
        var buttons = isChoice && q.Kind != QuestionKind.Multiple && !labelledScale && choices.Count <= MaxButtons && choices.All(c => c.Title.Length <= MaxButtonLabel);
        return new QuestionCardData(
            pending.Decision.Id, pending.Decision.Title, q.Id, pending.Number, pending.TotalText, q.Prompt, q.Help,
            buttons, isChoice && !buttons, q.Kind == QuestionKind.Multiple, q.Kind == QuestionKind.Note && !readOnly, q.Skippable && !readOnly,
            choices,
            team ? [.. pending.AnsweredBy.Select(a => new AnsweredData(a.Name, a.Answer))] : [],
            team && pending.AnsweredBy.Count > 0 && pending.WaitingFor.Count > 0 ? $"Waiting for {string.Join(", ", pending.WaitingFor.Select(m => m.Name))}, or say next." : string.Empty,
            // The count's visible reasons ("One question fewer: …") come first.
            LineBreaks.Paragraphs(string.Join("\n\n", pending.Notes.Append(status ?? string.Empty).Where(t => t.Length > 0))),
            attention ? "Attention" : "Good",
            readOnly,
            undo && !readOnly);
    }
}

/// <summary>One answer button or list entry; <see cref="IsScale"/> answers send a number.</summary>
public sealed record ChoiceData(string Id, string Title, bool IsScale);

public sealed record AnsweredData(string Name, string Answer);
