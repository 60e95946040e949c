using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>
/// An answer sent by a card button (Action.Submit value or Action.Execute data):
/// <c>{"advisorbot":"answer","decision":"…","question":"…","choice":"…"}</c> (or "choices": [...], or "scale": n).
/// </summary>
public sealed record CardSubmission(string DecisionId, string QuestionId, AnswerValue Value)
{
    public static CardSubmission? TryRead(Activity activity) => TryRead(activity.Value);

    public static CardSubmission? TryRead(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } data
            || !data.TryGetProperty("advisorbot", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != "answer"
            || Text(data, "decision") is not { } decision || Text(data, "question") is not { } question)
        {
            return null;
        }

        if (Text(data, "choice") is { } choice)
        {
            return new CardSubmission(decision, question, AnswerValue.OfChoice(choice));
        }

        if (data.TryGetProperty("choices", out var choices) && choices.ValueKind == JsonValueKind.Array)
        {
            return new CardSubmission(decision, question, new AnswerValue([.. choices.EnumerateArray().Select(c => c.GetString() ?? string.Empty)], null, null));
        }

        if (data.TryGetProperty("scale", out var scale) && scale.TryGetInt32(out var n))
        {
            return new CardSubmission(decision, question, AnswerValue.OfScale(n));
        }

        return null;
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
