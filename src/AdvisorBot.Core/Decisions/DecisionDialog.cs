using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Decisions;

/// <summary>
/// The guided decision dialog: starts decisions, reads answers and commands (typed or from card buttons), and
/// replies with the next question or the result. Every change goes through the state store with ETag retries; the
/// pending question is derived from the stored answers, so two people answering at once, or a host restart, lose
/// nothing. Sends nothing when a message is not for it (no dialog under way and no dialog command).
/// </summary>
public sealed class DecisionDialog(DecisionCatalog catalog, IStateStore store, IAppendLog log, IQuestionAnswerer answerer, CardRenderer cards, TimeProvider time)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken ct)
    {
        var key = SessionKeys.For(turn.Activity);
        var submission = CardSubmission.TryRead(turn.Activity);
        if (submission is { Kind: CardSubmission.Ask or CardSubmission.Feedback })
        {
            return; // The ask handler answers these.
        }

        var command = submission switch
        {
            { Kind: CardSubmission.Command, Text: { } text } => DialogCommand.Parse(text),
            null => DialogCommand.Parse(turn.Text),
            _ => DialogCommand.None,
        };
        // The turn's one read of the session: every change below starts from it (one conditional write).
        var read = await store.ReadAsync(key, ct).ConfigureAwait(false);
        var (stored, _) = StateStoreExtensions.Parse<DialogSession>(read);
        var session = stored is { IsActive: true } ? stored : null;
        var reply = new DialogReply(turn, cards);

        switch (command.Kind)
        {
            case DialogCommandKind.Decisions:
                await reply.SendAsync(DialogMessages.List(catalog), ct).ConfigureAwait(false);
                return;
            case DialogCommandKind.Decide:
                await StartAsync(turn, reply, key, read, session, command.Argument, ct).ConfigureAwait(false);
                return;
            case DialogCommandKind.Ask when session is not null:
                await AskHandler.AnswerAsync(turn, answerer, store, log, cards, time, command.Argument, ct).ConfigureAwait(false);
                await reply.WithQuestionAsync("Back to the decision:", Progress(session), session.Team, ct).ConfigureAwait(false);
                return;
            case DialogCommandKind.Help when session is not null:
                await reply.SendAsync(DialogMessages.DialogHelp(session), ct).ConfigureAwait(false);
                await reply.WithQuestionAsync(string.Empty, Progress(session), session.Team, ct).ConfigureAwait(false);
                return;
            case DialogCommandKind.Cancel or DialogCommandKind.Back or DialogCommandKind.Restart
                or DialogCommandKind.Status or DialogCommandKind.Skip or DialogCommandKind.Next:
                if (session is null)
                {
                    await reply.SendAsync(DialogMessages.NothingUnderWay, ct).ConfigureAwait(false);
                    return;
                }

                await new DialogCommands(catalog, store, log, time).RunAsync(reply, key, session, read!, command.Kind, ct).ConfigureAwait(false);
                return;
            case DialogCommandKind.None when session is not null:
                await AnswerAsync(turn, reply, key, read!, session, submission, ct).ConfigureAwait(false);
                return;
            default:
                return; // Not for the dialog: the next handler answers.
        }
    }

    private async Task StartAsync(TurnContext turn, DialogReply reply, string key, StateEntry? read, DialogSession? current, string argument, CancellationToken ct)
    {
        if (current is not null)
        {
            var pending = Progress(current);
            await reply.WithQuestionAsync(DialogMessages.AlreadyUnderWay(pending), pending, current.Team, ct).ConfigureAwait(false);
            return;
        }

        var decision = DecisionFinder.Find(catalog, argument);
        if (decision is null)
        {
            await reply.SendAsync($"I don't know a decision called \"{argument}\".\n\n{DialogMessages.List(catalog)}", ct).ConfigureAwait(false);
            return;
        }

        var (memberId, memberName) = Member(turn);
        var session = new DialogSession
        {
            RootDecisionId = decision.Id,
            Team = SessionKeys.IsTeamConversation(turn.Activity),
            StartedAt = time.GetUtcNow(),
        };
        session.Join(memberId, memberName);
        await store.UpdateAsync<DialogSession>(key, read, _ => session, ct).ConfigureAwait(false);
        if (reply.Host == CardHost.None)
        {
            await reply.WithQuestionAsync(DialogMessages.Started(decision, session.Team), Progress(session), session.Team, ct).ConfigureAwait(false);
            return;
        }

        await reply.SendAsync(DialogMessages.Started(decision, session.Team), ct).ConfigureAwait(false);
        await reply.WithQuestionAsync(string.Empty, Progress(session), session.Team, ct).ConfigureAwait(false);
    }

    private async Task AnswerAsync(TurnContext turn, DialogReply reply, string key, StateEntry read, DialogSession session, CardSubmission? submission, CancellationToken ct)
    {
        var before = DialogProgress.Of(session, catalog);
        var pending = before.Pending!;
        var (decisionId, question) = submission is { DecisionId: { } d, QuestionId: { } q } && catalog.Find(d)?.FindQuestion(q) is { } target
            ? (d, target)
            : (pending.Decision.Id, pending.Question);
        var value = submission is not null ? submission.ValueFor(question) : AnswerParser.Parse(question, turn.Text);
        var (memberId, memberName) = Member(turn);
        if (value is null && submission is null && LateAnswer(session, memberId, turn.Text) is { } late)
        {
            (decisionId, question, value) = late;
        }

        if (value is null)
        {
            if (submission is null && AskHandler.IsFeedback(turn.Text))
            {
                return; // "helpful" / "not helpful" about an answer: the ask handler records it.
            }

            if (submission is null && QuestionDetector.LooksLikeQuestion(turn.Text))
            {
                await AskHandler.AnswerAsync(turn, answerer, store, log, cards, time, turn.Text, ct).ConfigureAwait(false);
                await reply.WithQuestionAsync("Back to the decision:", pending, session.Team, ct).ConfigureAwait(false);
                return;
            }

            var missed = await store.UpdateAsync<DialogSession>(key, read, s => SessionChanges.Miss(s!, memberId), ct).ConfigureAwait(false);
            await reply.RepromptAsync(pending, session.Team, missed.Misses.GetValueOrDefault(memberId), ct).ConfigureAwait(false);
            return;
        }

        var record = new AnswerRecord(memberId, decisionId, question.Id, value.Choices, value.Scale, value.Note, false, time.GetUtcNow());
        var updated = await store.UpdateAsync<DialogSession>(
            key, read, s => SessionChanges.Answer(s!, record, memberName, catalog), ct).ConfigureAwait(false);
        await new DialogOutcome(catalog, store, log, reply, time).SendAsync(updated, before, DialogMessages.Noted(updated, memberName, question, value), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// An answer to the question the dialog just moved past, from a member who had not answered it: typed at the
    /// same moment as the answer that closed it, so it is kept rather than lost. Only when the text does not answer
    /// the pending question.
    /// </summary>
    private (string DecisionId, Model.Question Question, AnswerValue Value)? LateAnswer(DialogSession session, string memberId, string text)
    {
        if (session.Closed.Count == 0 || session.Closed[^1].Split('/') is not [var decisionId, var questionId]
            || session.Answers.Any(a => a.MemberId == memberId && a.DecisionId == decisionId && a.QuestionId == questionId)
            || catalog.Find(decisionId)?.FindQuestion(questionId) is not { Kind: not Model.QuestionKind.Note } question)
        {
            return null;
        }

        return AnswerParser.Parse(question, text) is { } value ? (decisionId, question, value) : null;
    }

    private PendingQuestion? Progress(DialogSession session) => DialogProgress.Of(session, catalog).Pending;

    internal static (string Id, string Name) Member(TurnContext turn)
    {
        var id = turn.Activity.From?.Id ?? "anonymous";
        return (id, turn.Activity.From?.Name is { Length: > 0 } name ? name : id);
    }
}
