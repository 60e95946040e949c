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
using AdvisorBot.Core.Turns;

namespace AdvisorBot.Core.Cards;

/// <summary>
/// Universal Actions (<c>adaptiveCard/action</c> invokes from Action.Execute): the action's data takes the same
/// path as a typed message or an Action.Submit (<see cref="TurnDispatcher"/>), and the invoke answers with the
/// refreshed card — for an answer, the question card showing what was answered and by whom, read-only once closed.
/// </summary>
public sealed class CardActionHandler(TurnDispatcher dispatcher, HelpHandler help, DecisionCatalog catalog, CardRenderer cards)
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
        // The same one path as a typed message; the session it returns refreshes the card without another read.
        var session = await dispatcher.DispatchAsync(turn.With(message), ct).ConfigureAwait(false);
        return submission is { Kind: CardSubmission.Answer, DecisionId: { } d, QuestionId: { } q }
            && RefreshedQuestion(turn, session, d, q) is { } refreshed
            ? CardAction.CardResponse(refreshed)
            : CardAction.MessageResponse("Done.");
    }

    private JsonElement? RefreshedQuestion(TurnContext turn, DialogSession? session, string decisionId, string questionId)
    {
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
