using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Cards.Data;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Decisions;

/// <summary>
/// One card per question in a team session: while a question waits for others, each answer updates its card in
/// place (who answered, who not yet) and the confirmation goes as a short message; when the question closes, its
/// card is turned read-only and the next question's card is posted once, its id kept in the session. Where the
/// channel gives no activity id to update (a buffered reply), cards are posted as before.
/// </summary>
internal sealed class TeamQuestionCards(IStateStore store, string key)
{
    public async Task ShowAsync(DialogReply reply, DialogSession session, PendingQuestion? previous, PendingQuestion pending, string lead, bool undo, CancellationToken ct)
    {
        var pendingKey = DialogProgress.Key(pending.Decision, pending.Question);
        if (session.Cards.TryGetValue(pendingKey, out var sameCard))
        {
            if (lead.Length > 0)
            {
                await (undo ? reply.SendWithUndoAsync(lead, ct) : reply.SendAsync(lead, ct)).ConfigureAwait(false);
            }

            await reply.UpdateCardAsync(sameCard, "question", QuestionCardData.From(pending, team: true), pending.Question.Prompt, ct).ConfigureAwait(false);
            return;
        }

        await CloseAsync(reply, session, previous, ct).ConfigureAwait(false);

        var sent = await reply.SendQuestionCardAsync(QuestionCardData.From(pending, team: true, lead, undo: undo), $"{lead} {pending.Question.Prompt}".Trim(), ct).ConfigureAwait(false);
        if (sent is { Length: > 0 } id)
        {
            await store.UpdateAsync<DialogSession>(key, s =>
            {
                s!.Cards[pendingKey] = id;
                return s;
            }, ct).ConfigureAwait(false);
            session.Cards[pendingKey] = id;
        }
    }

    /// <summary>A question the team moved past: its card shows who answered what, with no buttons.</summary>
    public static async Task CloseAsync(DialogReply reply, DialogSession session, PendingQuestion? previous, CancellationToken ct)
    {
        if (previous is not null && session.Cards.TryGetValue(DialogProgress.Key(previous.Decision, previous.Question), out var card))
        {
            var closed = DialogProgress.Describe(session, previous.Decision, previous.Question);
            var answered = closed.AnsweredBy.Count == 0 ? string.Empty : $"Answered: {string.Join("; ", closed.AnsweredBy.Select(a => $"{a.Name}: {a.Answer}"))}";
            await reply.UpdateCardAsync(card, "question", QuestionCardData.From(closed, team: true, answered, readOnly: true), previous.Question.Prompt, ct).ConfigureAwait(false);
        }
    }

    public static bool Applies(DialogReply reply, DialogSession session) => session.Team && reply.Host != CardHost.None;
}
