using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Cards.Data;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Scoring;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions;

/// <summary>
/// Sends the dialog's replies on a turn, as text or as Adaptive Cards depending on the channel: a message, a message
/// with the pending question, a reprompt, a result.
/// </summary>
internal sealed class DialogReply(TurnContext turn, CardRenderer cards)
{
    private const int MissesBeforeButtons = 2;

    public CardHost Host { get; } = cards.HostFor(turn.Activity.ChannelId);

    public TurnContext Turn => turn;

    public Task SendAsync(string text, CancellationToken ct) => turn.SendActivityAsync(text.Trim(), ct);

    /// <summary>A message with an Undo button (a suggested action, "undo"): after an answer that finished a decision.</summary>
    public Task SendWithUndoAsync(string text, CancellationToken ct)
    {
        var reply = turn.Activity.CreateReply(text.Trim());
        reply.SuggestedActions = UndoAction;
        return turn.SendActivityAsync(reply, ct);
    }

    /// <summary>
    /// The pending question, led by <paramref name="text"/>; <paramref name="undo"/> (the text confirms an answer just
    /// recorded) adds an Undo button: on the card, or as a suggested action in text.
    /// </summary>
    public Task WithQuestionAsync(string text, PendingQuestion? pending, bool team, CancellationToken ct, bool undo = false)
    {
        if (pending is not null && Host != CardHost.None)
        {
            return SendCardAsync("question", QuestionCardData.From(pending, team, text, undo: undo), $"{text} {pending.Question.Prompt}".Trim(), ct);
        }

        var question = pending is null ? string.Empty : DecisionText.Question(pending, team);
        var reply = turn.Activity.CreateReply((text.Length == 0 ? question : $"{text}\n\n{question}").Trim());
        if (undo)
        {
            reply.SuggestedActions = UndoAction;
        }

        return turn.SendActivityAsync(reply, ct);
    }

    /// <summary>An old card's button would change an earlier answer: ask first, with buttons to change it or keep it.</summary>
    public Task ConfirmChangeAsync(Decision decision, Question question, AnswerValue from, AnswerValue to, string choice, CancellationToken ct)
    {
        var text = DialogMessages.ChangeQuestion(question, from, to);
        if (Host == CardHost.None)
        {
            return SendAsync(text, ct);
        }

        var data = new ConfirmCardData(text, $"Change to {Shorten(DialogMessages.AnswerText(question, to))}", $"Keep {Shorten(DialogMessages.AnswerText(question, from))}", decision.Id, question.Id, choice);
        return SendCardAsync("confirm", data, text, ct);
    }

    /// <summary>The decision offered to someone who described choosing a backend, with a button to start it.</summary>
    public Task OfferAsync(Decision decision, CancellationToken ct)
    {
        var reply = turn.Activity.CreateReply(DialogMessages.Offer(decision));
        reply.SuggestedActions = JsonSerializer.SerializeToElement(new
        {
            actions = new[] { new { type = "imBack", title = "Start the decision", value = "decide" } },
        });
        return turn.SendActivityAsync(reply, ct);
    }

    /// <summary>Says what is accepted and asks again; from the second miss in a row, with buttons for the answers.</summary>
    public Task RepromptAsync(PendingQuestion pending, bool team, int misses, CancellationToken ct)
    {
        if (Host != CardHost.None)
        {
            var status = $"Sorry, I didn't catch that. Please answer with {AnswerParser.Accepted(pending.Question)}, or use the buttons.";
            return SendCardAsync("question", QuestionCardData.From(pending, team, status, attention: true), status, ct);
        }

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

    /// <summary>The result of a finished decision: the text, or the summary card.</summary>
    public Activity Result(DecisionResult result, DialogSession session) =>
        Host == CardHost.None
            ? turn.Activity.CreateReply(DecisionText.Result(result))
            : CardActivity("summary", SummaryCardData.From(result, session), $"Recommendation for \"{result.Decision.Title}\": {result.Recommended.Label}");

    /// <summary>Posts a question card; the id the channel gave it (null where replies are buffered), for updates in place.</summary>
    public async Task<string?> SendQuestionCardAsync(QuestionCardData data, string summary, CancellationToken ct) =>
        (await turn.SendActivityAsync(CardActivity("question", data, summary), ct).ConfigureAwait(false)).Id;

    /// <summary>Replaces a card sent earlier (Teams: an activity update; Slack: chat.update).</summary>
    public Task UpdateCardAsync(string activityId, string template, object data, string summary, CancellationToken ct)
    {
        var activity = CardActivity(template, data, summary);
        activity.Id = activityId;
        activity.ReplyToId = null;
        return turn.UpdateActivityAsync(activity, ct);
    }

    public Task SendCardAsync(string template, object data, string summary, CancellationToken ct) =>
        turn.SendActivityAsync(CardActivity(template, data, summary), ct);

    public Activity CardActivity(string template, object data, string summary)
    {
        var activity = turn.Activity.CreateReply();
        activity.Summary = summary;
        activity.Attachments = [cards.Attachment(template, data, Host)];
        return activity;
    }

    private static List<(string Title, string Value)> Buttons(Question question) => question.Kind switch
    {
        QuestionKind.Scale => [.. Enumerable.Range(Question.ScaleMin, Question.ScaleMax).Select(n => (n.ToString(System.Globalization.CultureInfo.InvariantCulture), n.ToString(System.Globalization.CultureInfo.InvariantCulture)))],
        QuestionKind.Note => [],
        _ => [.. question.Choices.Select((c, i) => (Shorten(c.Label), (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))],
    };

    private static readonly JsonElement UndoAction = JsonSerializer.SerializeToElement(new
    {
        actions = new[] { new { type = "imBack", title = "Undo", value = "undo" } },
    });

    private static string Shorten(string label) => label.Length <= 40 ? label : label[..39].TrimEnd() + "…";
}
