using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Decisions;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.Help;
using AdvisorBot.Core.Summaries;

namespace AdvisorBot.Core.Turns;

/// <summary>
/// The one path every message turn takes — typed text in any channel, an Action.Submit, a Teams card action, a Slack
/// button: the dialog session is read once, the turn is read once into an intent (<see cref="IntentReader"/>), and
/// exactly one handler acts on it. Returns the dialog session as the turn left it (null when none is under way),
/// so a card action can refresh its card without reading it again.
/// </summary>
public sealed class TurnDispatcher(DecisionDialog dialog, SummaryHandler summaries, AskHandler ask, HelpHandler help)
{
    public Task OnMessageAsync(TurnContext turn, CancellationToken ct) => DispatchAsync(turn, ct);

    public async Task<DialogSession?> DispatchAsync(TurnContext turn, CancellationToken ct)
    {
        var loaded = await dialog.LoadAsync(turn.Activity, ct).ConfigureAwait(false);
        var session = loaded.Active;
        var intent = IntentReader.Read(turn.Activity, turn.Text, session is not null);
        switch (intent.Kind)
        {
            case IntentKind.Command:
                return await CommandAsync(turn, loaded, intent.Command, ct).ConfigureAwait(false);
            case IntentKind.Answer:
                return await dialog.AnswerAsync(turn, loaded, intent.Card, ct).ConfigureAwait(false);
            case IntentKind.StartDecision:
                return await dialog.StartAsync(turn, loaded, string.Empty, ct).ConfigureAwait(false);
            case IntentKind.OfferDecision:
                await dialog.OfferAsync(turn, ct).ConfigureAwait(false);
                return session;
            case IntentKind.Question:
                await ask.AnswerQuestionAsync(turn, intent.Text, ct).ConfigureAwait(false);
                if (session is not null)
                {
                    await dialog.RepeatQuestionAsync(turn, session, ct).ConfigureAwait(false);
                }

                return session;
            case IntentKind.Feedback:
                await ask.RecordFeedbackAsync(turn, intent.Card?.Helpful ?? AskHandler.Feedback(intent.Text) ?? false, ct).ConfigureAwait(false);
                return session;
            case IntentKind.SmallTalk:
                await turn.SendActivityAsync(SmallTalk.Reply(SmallTalk.Classify(intent.Text)), ct).ConfigureAwait(false);
                return session;
            case IntentKind.Greeting:
                await help.IntroduceAsync(turn, ct).ConfigureAwait(false);
                return session;
            default:
                await help.IntroduceAsync(turn, ct).ConfigureAwait(false);
                return session;
        }
    }

    private async Task<DialogSession?> CommandAsync(TurnContext turn, LoadedSession loaded, DialogCommand command, CancellationToken ct)
    {
        switch (command.Kind)
        {
            case DialogCommandKind.Summary or DialogCommandKind.Adr:
                await summaries.HandleAsync(turn, command.Kind, ct).ConfigureAwait(false);
                return loaded.Active;
            case DialogCommandKind.Help when loaded.Active is null:
                await help.SendHelpAsync(turn, ct).ConfigureAwait(false);
                return null;
            case DialogCommandKind.Ask when loaded.Active is null:
                if (string.IsNullOrWhiteSpace(command.Argument))
                {
                    await help.IntroduceAsync(turn, ct).ConfigureAwait(false);
                    return null;
                }

                await ask.AnswerQuestionAsync(turn, command.Argument, ct).ConfigureAwait(false);
                return null;
            default:
                return await dialog.CommandAsync(turn, loaded, command, ct).ConfigureAwait(false);
        }
    }
}
