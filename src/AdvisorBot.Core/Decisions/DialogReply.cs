using System.Text.Json;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions;

/// <summary>Sends the dialog's replies on a turn: a message, a message followed by the pending question, a reprompt.</summary>
internal sealed class DialogReply(TurnContext turn)
{
    private const int MissesBeforeButtons = 2;

    public Task SendAsync(string text, CancellationToken ct) => turn.SendActivityAsync(text.Trim(), ct);

    public Task WithQuestionAsync(string text, PendingQuestion? pending, bool team, CancellationToken ct)
    {
        var question = pending is null ? string.Empty : DecisionText.Question(pending, team);
        return SendAsync(text.Length == 0 ? question : $"{text}\n\n{question}", ct);
    }

    /// <summary>Says what is accepted and asks again; from the second miss in a row, with buttons for the answers.</summary>
    public Task RepromptAsync(PendingQuestion pending, bool team, int misses, CancellationToken ct)
    {
        var reply = turn.Activity.CreateReply(DecisionText.Reprompt(pending, team));
        if (misses >= MissesBeforeButtons && Buttons(pending.Question) is { Count: > 0 } buttons)
        {
            reply.SuggestedActions = JsonSerializer.SerializeToElement(new
            {
                actions = buttons.Select(b => new { type = "imBack", title = b.Title, value = b.Value }),
            });
        }

        return turn.SendActivityAsync(reply, ct);
    }

    private static List<(string Title, string Value)> Buttons(Question question) => question.Kind switch
    {
        QuestionKind.Scale => [.. Enumerable.Range(Question.ScaleMin, Question.ScaleMax).Select(n => (n.ToString(System.Globalization.CultureInfo.InvariantCulture), n.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
        QuestionKind.Note => [],
        _ => [.. question.Choices.Select((c, i) => (Shorten(c.Label), (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))],
    };

    private static string Shorten(string label) => label.Length <= 40 ? label : label[..39].TrimEnd() + "…";
}
