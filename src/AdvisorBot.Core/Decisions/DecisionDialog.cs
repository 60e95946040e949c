using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Decisions;

/// <summary>
/// The guided decision dialog, as the turn dispatcher calls it: starts and offers decisions, runs the commands
/// that steer one, and reads replies to the pending question (typed or from a card). Every change goes through the
/// state store with ETag retries, starting from the turn's one read (<see cref="LoadAsync"/>); the pending question
/// is derived from the stored answers, so two people answering at once, or a host restart, lose nothing. Each
/// method returns the session as the turn left it (null when none is under way).
/// </summary>
public sealed class DecisionDialog(DecisionCatalog catalog, IStateStore store, IAppendLog log, IQuestionAnswerer answerer, CardRenderer cards, TimeProvider time)
{
    public async Task<LoadedSession> LoadAsync(Activity activity, CancellationToken ct)
    {
        var key = SessionKeys.For(activity);
        var read = await store.ReadAsync(key, ct).ConfigureAwait(false);
        var (stored, _) = StateStoreExtensions.Parse<DialogSession>(read);
        return new LoadedSession(key, read, stored is { IsActive: true } ? stored : null);
    }

    public async Task<DialogSession?> CommandAsync(TurnContext turn, LoadedSession loaded, DialogCommand command, CancellationToken ct)
    {
        var reply = new DialogReply(turn, cards);
        var session = loaded.Active;
        switch (command.Kind)
        {
            case DialogCommandKind.Decisions:
                await reply.SendAsync(DialogMessages.List(catalog), ct).ConfigureAwait(false);
                return session;
            case DialogCommandKind.Decide:
                return await StartAsync(turn, loaded, command.Argument, ct).ConfigureAwait(false);
            case DialogCommandKind.Ask when session is not null:
                return await AnswerQuestionAsync(turn, reply, session, command.Argument, ct).ConfigureAwait(false);
            case DialogCommandKind.Help when session is not null:
                await reply.SendAsync(DialogMessages.DialogHelp(session), ct).ConfigureAwait(false);
                await reply.WithQuestionAsync(string.Empty, Progress(session), session.Team, ct).ConfigureAwait(false);
                return session;
            case DialogCommandKind.Cancel or DialogCommandKind.Back or DialogCommandKind.Restart
                or DialogCommandKind.Status or DialogCommandKind.Skip or DialogCommandKind.Next:
                if (session is null)
                {
                    await reply.SendAsync(DialogMessages.NothingUnderWay, ct).ConfigureAwait(false);
                    return null;
                }

                return await new DialogCommands(catalog, store, log, time).RunAsync(reply, loaded.Key, session, loaded.Read!, command.Kind, ct).ConfigureAwait(false);
            default:
                throw new ArgumentException($"'{command.Kind}' is not a dialog command.", nameof(command));
        }
    }

    public async Task<DialogSession?> StartAsync(TurnContext turn, LoadedSession loaded, string argument, CancellationToken ct)
    {
        var reply = new DialogReply(turn, cards);
        if (loaded.Active is { } current)
        {
            var pending = Progress(current);
            await reply.WithQuestionAsync(DialogMessages.AlreadyUnderWay(pending), pending, current.Team, ct).ConfigureAwait(false);
            return current;
        }

        var decision = DecisionFinder.Find(catalog, argument);
        if (decision is null)
        {
            await reply.SendAsync($"I don't know a decision called \"{argument}\".\n\n{DialogMessages.List(catalog)}", ct).ConfigureAwait(false);
            return null;
        }

        var (memberId, memberName) = Member(turn);
        var session = new DialogSession
        {
            RootDecisionId = decision.Id,
            Team = SessionKeys.IsTeamConversation(turn.Activity),
            StartedAt = time.GetUtcNow(),
        };
        session.Join(memberId, memberName);
        await store.UpdateAsync<DialogSession>(loaded.Key, loaded.Read, _ => session, ct).ConfigureAwait(false);
        if (reply.Host == CardHost.None)
        {
            await reply.WithQuestionAsync(DialogMessages.Started(decision, session.Team), Progress(session), session.Team, ct).ConfigureAwait(false);
            return session;
        }

        await reply.SendAsync(DialogMessages.Started(decision, session.Team), ct).ConfigureAwait(false);
        if (TeamQuestionCards.Applies(reply, session))
        {
            await new TeamQuestionCards(store, loaded.Key).ShowAsync(reply, session, null, Progress(session)!, string.Empty, undo: false, ct).ConfigureAwait(false);
            return session;
        }

        await reply.WithQuestionAsync(string.Empty, Progress(session), session.Team, ct).ConfigureAwait(false);
        return session;
    }

    /// <summary>A message about choosing a backend, outside a decision: the decision is offered, not started.</summary>
    public Task OfferAsync(TurnContext turn, CancellationToken ct) =>
        new DialogReply(turn, cards).OfferAsync(DecisionFinder.Find(catalog, string.Empty)!, ct);

    /// <summary>After a question for the sources was answered during a decision: the pending question again.</summary>
    public Task RepeatQuestionAsync(TurnContext turn, DialogSession session, CancellationToken ct) =>
        new DialogReply(turn, cards).WithQuestionAsync("Back to the decision:", Progress(session), session.Team, ct);

    /// <summary>A reply to the pending question (typed) or a card's answer to any question of the session.</summary>
    public async Task<DialogSession?> AnswerAsync(TurnContext turn, LoadedSession loaded, CardSubmission? card, CancellationToken ct)
    {
        var reply = new DialogReply(turn, cards);
        if (loaded.Active is not { } session)
        {
            await reply.SendAsync(DialogMessages.NothingUnderWay, ct).ConfigureAwait(false);
            return null;
        }

        var before = DialogProgress.Of(session, catalog);
        var pending = before.Pending!;
        var (memberId, memberName) = Member(turn);
        if (card is not null)
        {
            return await new CardAnswers(catalog, Recorder).AnswerAsync(reply, loaded, session, before, card, ct).ConfigureAwait(false);
        }

        var value = AnswerParser.Parse(pending.Question, turn.Text);
        var question = pending.Question;
        var decisionId = pending.Decision.Id;
        if (value is null && LateAnswer(session, memberId, turn.Text) is { } late)
        {
            (decisionId, question, value) = late;
        }

        if (value is null)
        {
            if (QuestionDetector.LooksLikeQuestion(turn.Text))
            {
                return await AnswerQuestionAsync(turn, reply, session, turn.Text, ct).ConfigureAwait(false);
            }

            var missed = await store.UpdateAsync<DialogSession>(loaded.Key, loaded.Read, s => SessionChanges.Miss(s!, memberId), ct).ConfigureAwait(false);
            await reply.RepromptAsync(pending, session.Team, missed.Misses.GetValueOrDefault(memberId), ct).ConfigureAwait(false);
            return missed;
        }

        return await Recorder.RecordAsync(reply, loaded, before, decisionId, question, value, ct).ConfigureAwait(false);
    }

    private AnswerRecorder Recorder => new(catalog, store, log, time);

    private async Task<DialogSession> AnswerQuestionAsync(TurnContext turn, DialogReply reply, DialogSession session, string question, CancellationToken ct)
    {
        await AskHandler.AnswerAsync(turn, answerer, store, log, cards, time, question, ct).ConfigureAwait(false);
        await reply.WithQuestionAsync("Back to the decision:", Progress(session), session.Team, ct).ConfigureAwait(false);
        return session;
    }

    /// <summary>
    /// An answer to the question the dialog just moved past, from a member who had not answered it: typed at the
    /// same moment as the answer that closed it, so it is kept rather than lost. Only when the text does not answer
    /// the pending question.
    /// </summary>
    private (string DecisionId, Question Question, AnswerValue Value)? LateAnswer(DialogSession session, string memberId, string text)
    {
        if (session.Closed.Count == 0 || session.Closed[^1].Split('/') is not [var decisionId, var questionId]
            || session.Answers.Any(a => a.MemberId == memberId && a.DecisionId == decisionId && a.QuestionId == questionId)
            || catalog.Find(decisionId)?.FindQuestion(questionId) is not { Kind: not QuestionKind.Note } question)
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
