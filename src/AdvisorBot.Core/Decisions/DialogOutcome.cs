using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Decisions;

/// <summary>
/// What follows a change to a session: results of any decision that just finished, then the follow-up's
/// introduction or the next question. A finished session is also kept in the conversation's history.
/// </summary>
internal sealed class DialogOutcome(DecisionCatalog catalog, IStateStore store, DialogReply reply)
{
    public async Task SendAsync(TurnContext turn, DialogSession updated, DialogProgress before, string lead, CancellationToken ct)
    {
        var after = DialogProgress.Of(updated, catalog);
        var finishedNow = after.Results.Skip(before.Results.Count).ToList();
        if (lead.Length > 0 && finishedNow.Count > 0)
        {
            await reply.SendAsync(lead, ct).ConfigureAwait(false);
            lead = string.Empty;
        }

        foreach (var result in finishedNow)
        {
            await reply.SendAsync(DecisionText.Result(result), ct).ConfigureAwait(false);
        }

        if (after.Pending is not { } pending)
        {
            var history = SessionKeys.History(turn.Activity, updated.Id);
            await store.UpdateAsync<DialogSession>(history, _ => updated, ct).ConfigureAwait(false);
            await reply.SendAsync("That's the decision made. Say \"decide\" to run another.", ct).ConfigureAwait(false);
            return;
        }

        var startsFollowUp = before.Pending is { } previous && previous.Decision.Id != pending.Decision.Id;
        var text = startsFollowUp ? DialogMessages.FollowUpIntro(pending.Decision) : lead;
        await reply.WithQuestionAsync(text, pending, updated.Team, ct).ConfigureAwait(false);
    }
}
