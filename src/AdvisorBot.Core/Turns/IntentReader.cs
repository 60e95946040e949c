using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Turns;

/// <summary>
/// Reads a message turn into one <see cref="TurnIntent"/>, in a fixed order: a card's payload; a command; feedback
/// on the last answer; a plain-words request to decide; while a decision is under way, a reply to its question (the
/// dialog tells an answer from a question asked back); otherwise a greeting, small talk, a message about choosing a
/// backend (offered the decision), or a question for the knowledge base.
/// </summary>
public static class IntentReader
{
    public static TurnIntent Read(Activity activity, string text, bool decisionUnderWay)
    {
        if (CardSubmission.TryRead(activity) is { } card)
        {
            return card.Kind switch
            {
                CardSubmission.Answer => TurnIntent.Of(IntentKind.Answer, string.Empty, card),
                CardSubmission.Command => TurnIntent.OfCommand(DialogCommand.Parse(card.Text ?? string.Empty), card),
                CardSubmission.Ask when !string.IsNullOrWhiteSpace(card.Text) => TurnIntent.Of(IntentKind.Question, card.Text, card),
                CardSubmission.Feedback => TurnIntent.Of(IntentKind.Feedback, string.Empty, card),
                _ => TurnIntent.Of(IntentKind.NotUnderstood, string.Empty, card),
            };
        }

        if (activity.Value is not null && string.IsNullOrWhiteSpace(text))
        {
            // A payload that is not ours: during a decision, the dialog asks its question again.
            return TurnIntent.Of(decisionUnderWay ? IntentKind.Answer : IntentKind.NotUnderstood, string.Empty);
        }

        var command = DialogCommand.Parse(text);
        if (command.Kind != DialogCommandKind.None)
        {
            return TurnIntent.OfCommand(command);
        }

        if (AskHandler.IsFeedback(text))
        {
            return TurnIntent.Of(IntentKind.Feedback, text);
        }

        if (DecisionRequest.AsksToDecide(text))
        {
            return TurnIntent.Of(IntentKind.StartDecision, text);
        }

        if (decisionUnderWay)
        {
            return TurnIntent.Of(IntentKind.Answer, text);
        }

        return SmallTalk.Classify(text) switch
        {
            SmallTalkKind.Greeting => TurnIntent.Of(IntentKind.Greeting, text),
            SmallTalkKind.None when DecisionRequest.DescribesChoice(text) => TurnIntent.Of(IntentKind.OfferDecision, text),
            SmallTalkKind.None => TurnIntent.Of(IntentKind.Question, text),
            _ => TurnIntent.Of(IntentKind.SmallTalk, text),
        };
    }
}
