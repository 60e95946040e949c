using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Cards.Data;
using AdvisorBot.Core.Decisions;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.Help;
using AdvisorBot.Core.State;
using AdvisorBot.Core.Summaries;

namespace AdvisorBot.Core.Cards;

/// <summary>
/// Universal Actions (<c>adaptiveCard/action</c> invokes from Action.Execute): the action's data runs through the
/// same handlers as a typed message or an Action.Submit, and the invoke answers with the refreshed card — for an
/// answer, the question card showing what was answered and by whom.
/// </summary>
public sealed class CardActionHandler(
    DecisionDialog dialog, SummaryHandler summaries, AskHandler ask, HelpHandler help, DecisionCatalog catalog, IStateStore store, CardRenderer cards)
{
    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken ct)
    {
        var verb = CardAction.Verb(turn.Activity);
        if (string.Equals(verb, HelpHandler.CardName, StringComparison.OrdinalIgnoreCase))
        {
            return await help.HandleCardActionAsync(turn, ct).ConfigureAwait(false);
        }

        var data = CardAction.Data(turn.Activity);
        if (CardSubmission.TryRead(data) is not { } submission)
        {
            return CardAction.ErrorResponse(400, "NotSupported", $"I don't know the card action '{verb}'.");
        }

        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Id = turn.Activity.Id,
            ChannelId = turn.Activity.ChannelId,
            ServiceUrl = turn.Activity.ServiceUrl,
            From = turn.Activity.From,
            Recipient = turn.Activity.Recipient,
            Conversation = turn.Activity.Conversation,
            ChannelData = turn.Activity.ChannelData,
            ReplyToId = turn.Activity.ReplyToId,
            Locale = turn.Activity.Locale,
            Value = data,
        };
        var inner = turn.With(message);
        await dialog.HandleAsync(inner, ct).ConfigureAwait(false);
        if (inner.SentCount == 0)
        {
            await summaries.HandleAsync(inner, ct).ConfigureAwait(false);
        }

        if (inner.SentCount == 0)
        {
            await ask.HandleAsync(inner, ct).ConfigureAwait(false);
        }

        return submission is { Kind: CardSubmission.Answer, DecisionId: { } d, QuestionId: { } q }
            && await RefreshedQuestionAsync(turn, d, q, ct).ConfigureAwait(false) is { } refreshed
            ? CardAction.CardResponse(refreshed)
            : CardAction.MessageResponse("Done.");
    }

    private async Task<JsonElement?> RefreshedQuestionAsync(TurnContext turn, string decisionId, string questionId, CancellationToken ct)
    {
        var (session, _) = await store.ReadAsync<DialogSession>(SessionKeys.For(turn.Activity), ct).ConfigureAwait(false);
        if (session is null || catalog.Find(decisionId) is not { } decision || decision.FindQuestion(questionId) is not { } question)
        {
            return null;
        }

        var described = DialogProgress.Describe(session, decision, question);
        var status = described.AnsweredBy.Count == 0 ? string.Empty
            : $"Answered: {string.Join("; ", described.AnsweredBy.Select(a => $"{a.Name}: {a.Answer}"))}";
        var closed = session.Closed.Contains(DialogProgress.Key(decision, question));
        var card = cards.Render("question", QuestionCardData.From(described, team: true, status, readOnly: closed), cards.HostFor(turn.Activity.ChannelId));
        return JsonSerializer.SerializeToElement(card);
    }
}
