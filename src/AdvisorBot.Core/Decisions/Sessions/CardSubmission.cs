using System.Globalization;
using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>
/// What a card button sent (the Action.Submit value, or the Action.Execute data), under the "advisorbot" key:
/// <c>answer</c> (decision, question, and "choice" — a choice id, ids separated by commas, or a scale number — or
/// "note", and "confirmed": true when the person confirmed changing an earlier answer), <c>command</c> ("command": "skip", "back"…), <c>ask</c> ("question") or <c>feedback</c> ("helpful").
/// </summary>
public sealed record CardSubmission(string Kind, string? DecisionId, string? QuestionId, string? Choice, string? Note, string? Text, bool? Helpful)
{
    /// <summary>The person confirmed that this answer replaces their earlier answer to the question.</summary>
    public bool Confirmed { get; init; }

    public const string Answer = "answer";
    public const string Command = "command";
    public const string Ask = "ask";
    public const string Feedback = "feedback";

    public static CardSubmission? TryRead(Activity activity) => TryRead(activity.Value);

    public static CardSubmission? TryRead(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data
            || Read(data, "advisorbot") is not { } kind || kind is not (Answer or Command or Ask or Feedback))
        {
            return null;
        }

        var choice = data.TryGetProperty("choice", out var c) ? c.ValueKind switch
        {
            JsonValueKind.String => c.GetString(),
            JsonValueKind.Number => c.GetRawText(),
            JsonValueKind.Array => string.Join(',', c.EnumerateArray().Select(e => e.ToString())),
            _ => null,
        } : null;
        var helpful = data.TryGetProperty("helpful", out var h) && h.ValueKind is JsonValueKind.True or JsonValueKind.False ? h.GetBoolean() : (bool?)null;
        return new CardSubmission(kind, Read(data, "decision"), Read(data, "question"), choice, Read(data, "note"),
            Read(data, "command") ?? Read(data, "question"), helpful)
        {
            Confirmed = data.TryGetProperty("confirmed", out var confirmed) && confirmed.ValueKind == JsonValueKind.True,
        };
    }

    /// <summary>The answer this submission gives to <paramref name="question"/>, or null if it is not a valid one.</summary>
    public AnswerValue? ValueFor(Question question)
    {
        if (question.Kind == QuestionKind.Note)
        {
            return string.IsNullOrWhiteSpace(Note) ? null : AnswerValue.OfNote(Note.Trim());
        }

        if (string.IsNullOrWhiteSpace(Choice))
        {
            return null;
        }

        if (question.Kind == QuestionKind.Scale)
        {
            return int.TryParse(Choice, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= Question.ScaleMin and <= Question.ScaleMax
                ? AnswerValue.OfScale(n)
                : null;
        }

        var ids = Choice.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (ids.Count == 0 || ids.Any(id => question.FindChoice(id) is null) || (ids.Count > 1 && question.Kind != QuestionKind.Multiple))
        {
            return null;
        }

        return new AnswerValue(ids, null, null);
    }

    private static string? Read(JsonElement data, string name) =>
        data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
