using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Summaries;

/// <summary>
/// Puts a session on record each time a decision of its chain finishes: a snapshot of the session in the
/// conversation's history (what "adr" reads) and an entry in the conversation's log (what the digest lists). The
/// first decision is on record while its follow-up runs; the follow-up's finish records the whole chain again.
/// </summary>
public static class DecisionRecords
{
    public static async Task AddAsync(IStateStore store, IAppendLog log, Activity activity, DialogSession session, DialogProgress progress, DateTimeOffset now, CancellationToken ct)
    {
        var results = progress.Results;
        if (results.Count == 0)
        {
            return;
        }

        var historyKey = SessionKeys.History(activity, session.Id);
        await store.PutAsync(historyKey, session, ct).ConfigureAwait(false);
        var root = results[0];
        var headline = results.Count > 1
            ? $"{ResultWording.Headline(root)} ({string.Join(", ", results.Skip(1).Select(ResultWording.Headline))})"
            : ResultWording.Headline(root);
        var entry = new DecisionLogEntry(
            session.Id, historyKey, root.Decision.Title, headline,
            session.Team, [.. session.Members.Select(m => m.Name)], results.Sum(r => r.Disagreements.Count), now)
        {
            Stage = results.Count,
            Open = [.. results.SelectMany(r => r.Open).Select(q => q.Prompt)],
            UnderWay = progress.Pending?.Decision.Title,
        };
        await ConversationLog.AddDecisionAsync(log, activity, entry, ct).ConfigureAwait(false);
    }
}
