using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions;

/// <summary>
/// An answer from a card button, which may be an old card: the pending question's answer is recorded; a different
/// answer to a question the person already answered is asked back ("You answered that with X. Change it to Y?")
/// and changed only once confirmed; the same answer again, or a closed or no longer applicable question, changes
/// nothing and says so.
/// </summary>
internal sealed class CardAnswers(DecisionCatalog catalog, AnswerRecorder recorder)
{
    public async Task<DialogSession> AnswerAsync(
        DialogReply reply, LoadedSession loaded, DialogSession session, DialogProgress before, CardSubmission card, CancellationToken ct)
    {
        var pending = before.Pending!;
        var decision = card.DecisionId is { } d ? catalog.Find(d) : pending.Decision;
        var question = decision is null ? null : card.QuestionId is { } q ? decision.FindQuestion(q) : pending.Question;
        if (decision is null || question is null)
        {
            await reply.WithQuestionAsync(DialogMessages.NotRecorded(closed: false), pending, session.Team, ct).ConfigureAwait(false);
            return session;
        }

        var isPending = decision.Id == pending.Decision.Id && question.Id == pending.Question.Id;
        if (card.ValueFor(question) is not { } value)
        {
            if (isPending)
            {
                await reply.RepromptAsync(pending, session.Team, 0, ct).ConfigureAwait(false);
            }
            else
            {
                await reply.WithQuestionAsync(DialogMessages.NotRecorded(closed: false), pending, session.Team, ct).ConfigureAwait(false);
            }

            return session;
        }

        var (memberId, _) = DecisionDialog.Member(reply.Turn);
        var mine = session.Answers.LastOrDefault(a => a.MemberId == memberId && a.DecisionId == decision.Id && a.QuestionId == question.Id && !a.Skipped);
        if (mine is not null && mine.Value.SameAs(value))
        {
            await reply.WithQuestionAsync(DialogMessages.AlreadyAnswered(question, value), pending, session.Team, ct).ConfigureAwait(false);
            return session;
        }

        if (!isPending && mine is null)
        {
            var closed = session.Closed.Contains(DialogProgress.Key(decision, question));
            await reply.WithQuestionAsync(DialogMessages.NotRecorded(closed), pending, session.Team, ct).ConfigureAwait(false);
            return session;
        }

        if (!isPending && !card.Confirmed)
        {
            await reply.ConfirmChangeAsync(decision, question, mine!.Value, value, card.Choice ?? string.Empty, ct).ConfigureAwait(false);
            return session;
        }

        return await recorder.RecordAsync(reply, loaded, before, decision.Id, question, value, ct).ConfigureAwait(false);
    }
}
