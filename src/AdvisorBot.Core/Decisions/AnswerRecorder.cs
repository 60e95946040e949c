using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Decisions;

/// <summary>
/// Records one member's answer with the turn's one conditional write and says so in words ("Noted: …", in a team
/// "Noted, Ann: …"; "Changed …" when it replaces an earlier answer), then sends what follows.
/// </summary>
internal sealed class AnswerRecorder(DecisionCatalog catalog, IStateStore store, IAppendLog log, TimeProvider time)
{
    public async Task<DialogSession> RecordAsync(
        DialogReply reply, LoadedSession loaded, DialogProgress before, string decisionId, Question question, AnswerValue value, CancellationToken ct)
    {
        var (memberId, memberName) = DecisionDialog.Member(reply.Turn);
        // Several choices are kept in the question's order, however they were typed or sent.
        value = value with { Choices = [.. value.Choices.OrderBy(id => question.Choices.ToList().FindIndex(c => c.Id == id))] };
        var earlier = loaded.Active!.Answers.LastOrDefault(a => a.MemberId == memberId && a.DecisionId == decisionId && a.QuestionId == question.Id && !a.Skipped);
        var record = new AnswerRecord(memberId, decisionId, question.Id, value.Choices, value.Scale, value.Note, false, time.GetUtcNow());
        var updated = await store.UpdateAsync<DialogSession>(
            loaded.Key, loaded.Read, s => SessionChanges.Answer(s!, record, memberName, catalog), ct).ConfigureAwait(false);
        var said = earlier is null
            ? DialogMessages.Noted(updated, memberName, question, value)
            : DialogMessages.Changed(updated, memberName, question, earlier.Value, value);
        await new DialogOutcome(catalog, store, log, reply, time, loaded.Key).SendAsync(updated, before, said, ct, undo: true).ConfigureAwait(false);
        return updated;
    }
}
