using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Scoring;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;
using AdvisorBot.Core.Summaries;

namespace AdvisorBot.Core.Decisions;

/// <summary>
/// What follows a change to a session: results of any decision that just finished, then the follow-up's
/// introduction or the next question. A finished session is kept in the conversation's history and log; a finished
/// team decision in a channel thread also posts its summary at the channel's root.
/// </summary>
internal sealed class DialogOutcome(DecisionCatalog catalog, IStateStore store, IAppendLog log, DialogReply reply, TimeProvider time, string key)
{
    /// <summary><paramref name="undo"/>: the lead confirms an answer just recorded, so it carries an Undo button.</summary>
    public async Task SendAsync(DialogSession updated, DialogProgress before, string lead, CancellationToken ct, bool undo = false)
    {
        var turn = reply.Turn;
        var after = DialogProgress.Of(updated, catalog);
        var finishedNow = after.Results.Skip(before.Finished.Count).ToList();
        if (lead.Length > 0 && finishedNow.Count > 0)
        {
            await (undo ? reply.SendWithUndoAsync(lead, ct) : reply.SendAsync(lead, ct)).ConfigureAwait(false);
            lead = string.Empty;
        }

        foreach (var result in finishedNow)
        {
            await turn.SendActivityAsync(reply.Result(result, updated), ct).ConfigureAwait(false);
        }

        if (finishedNow.Count > 0)
        {
            // On record as soon as any decision of the chain is finished: adr, summary and the digest see the first
            // decision while its follow-up runs.
            await DecisionRecords.AddAsync(store, log, turn.Activity, updated, after, time.GetUtcNow(), ct).ConfigureAwait(false);
        }

        if (after.Pending is not { } pending)
        {
            if (TeamQuestionCards.Applies(reply, updated))
            {
                await TeamQuestionCards.CloseAsync(reply, updated, before.Pending, ct).ConfigureAwait(false);
            }

            // Every decision of the chain goes to the channel's root: the first one carries the notes and disagreements.
            foreach (var result in updated.Team && turn.IsThreadReply ? after.Results : [])
            {
                await turn.SendToConversationRootAsync(reply.Result(result, updated), ct).ConfigureAwait(false);
            }

            await reply.SendAsync("That's the decision made. Say \"decide\" to run another, \"adr\" for a decision record, or \"summary\" for the digest.", ct).ConfigureAwait(false);
            return;
        }

        var startsFollowUp = before.Pending is { } previous && previous.Decision.Id != pending.Decision.Id;
        var text = startsFollowUp ? DialogMessages.FollowUpIntro(pending.Decision) : lead;
        if (TeamQuestionCards.Applies(reply, updated))
        {
            await new TeamQuestionCards(store, key).ShowAsync(reply, updated, before.Pending, pending, text, undo && !startsFollowUp, ct).ConfigureAwait(false);
            return;
        }

        await reply.WithQuestionAsync(text, pending, updated.Team, ct, undo && text.Length > 0 && !startsFollowUp).ConfigureAwait(false);
    }
}
