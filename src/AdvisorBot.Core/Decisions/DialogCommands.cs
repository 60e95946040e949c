using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Decisions;

/// <summary>The commands that steer a decision under way: cancel, back, restart, status, skip, next.</summary>
internal sealed class DialogCommands(DecisionCatalog catalog, IStateStore store, IAppendLog log, TimeProvider time)
{
    public async Task<DialogSession?> RunAsync(DialogReply reply, string key, DialogSession session, StateEntry read, DialogCommandKind kind, CancellationToken ct)
    {
        var turn = reply.Turn;
        var before = DialogProgress.Of(session, catalog);
        var pending = before.Pending!;
        var (memberId, memberName) = DecisionDialog.Member(turn);
        switch (kind)
        {
            case DialogCommandKind.Cancel:
                await store.UpdateAsync<DialogSession>(key, read, s => SessionChanges.Cancel(s!), ct).ConfigureAwait(false);
                await reply.SendAsync(DialogMessages.Cancelled(catalog.Get(session.RootDecisionId)), ct).ConfigureAwait(false);
                return null;
            case DialogCommandKind.Restart:
                var restarted = await store.UpdateAsync<DialogSession>(key, read, s => SessionChanges.Restart(s!), ct).ConfigureAwait(false);
                await reply.WithQuestionAsync("Starting over.", DialogProgress.Of(restarted, catalog).Pending, session.Team, ct).ConfigureAwait(false);
                return restarted;
            case DialogCommandKind.Status when TeamQuestionCards.Applies(reply, session):
                // The team's card is refreshed where it is; only the status itself is a new message.
                await new TeamQuestionCards(store, key).ShowAsync(reply, session, null, pending, DecisionText.Status(pending, session), undo: false, ct).ConfigureAwait(false);
                return session;
            case DialogCommandKind.Status:
                await reply.WithQuestionAsync(DecisionText.Status(pending, session), pending, session.Team, ct).ConfigureAwait(false);
                return session;
            case DialogCommandKind.Back:
                return await BackAsync(reply, key, session, read, memberId, ct).ConfigureAwait(false);
            case DialogCommandKind.Skip when !pending.Question.Skippable:
                await reply.WithQuestionAsync("This question can't be skipped: it weighs on the recommendation.", pending, session.Team, ct).ConfigureAwait(false);
                return session;
            case DialogCommandKind.Skip:
                var skip = new AnswerRecord(memberId, pending.Decision.Id, pending.Question.Id, [], null, null, true, time.GetUtcNow());
                var skipped = await store.UpdateAsync<DialogSession>(key, read, s => SessionChanges.Answer(s!, skip, memberName, catalog), ct).ConfigureAwait(false);
                await new DialogOutcome(catalog, store, log, reply, time, key).SendAsync(skipped, before, "Skipped.", ct).ConfigureAwait(false);
                return skipped;
            case DialogCommandKind.Next when pending.AnsweredBy.Count == 0:
                await reply.WithQuestionAsync("Nobody has answered this one yet: answer it, or say skip if it allows that.", pending, session.Team, ct).ConfigureAwait(false);
                return session;
            case DialogCommandKind.Next:
                var questionKey = DialogProgress.Key(pending.Decision, pending.Question);
                var moved = await store.UpdateAsync<DialogSession>(key, read, s => SessionChanges.MovePast(s!, questionKey, catalog), ct).ConfigureAwait(false);
                await new DialogOutcome(catalog, store, log, reply, time, key).SendAsync(moved, before, "Moving on.", ct).ConfigureAwait(false);
                return moved;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a command that steers a decision under way.");
        }
    }

    private async Task<DialogSession> BackAsync(DialogReply reply, string key, DialogSession session, StateEntry read, string memberId, CancellationToken ct)
    {
        var last = session.Answers.LastOrDefault(a => a.MemberId == memberId);
        if (last is null)
        {
            await reply.WithQuestionAsync("There is no answer of yours to undo.", DialogProgress.Of(session, catalog).Pending, session.Team, ct).ConfigureAwait(false);
            return session;
        }

        var undone = await store.UpdateAsync<DialogSession>(key, read, s => SessionChanges.Back(s!, memberId), ct).ConfigureAwait(false);
        var prompt = catalog.Find(last.DecisionId)?.FindQuestion(last.QuestionId)?.Prompt ?? last.QuestionId;
        await reply.WithQuestionAsync($"Undid your answer to \"{prompt}\".", DialogProgress.Of(undone, catalog).Pending, session.Team, ct).ConfigureAwait(false);
        return undone;
    }
}
