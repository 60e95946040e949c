using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A choice the user hedged ("maybe microservices", "it might become central") is not recorded: it is offered back to
/// confirm. Only a hedge that reaches the recorded choice's name counts ("some, maybe more later" is still "some"); a
/// choice found by meaning alone is unsure with a hedge anywhere. Where only some of several choices are hedged, the
/// answer is offered with and without them. Two or more choices named beside a clause of doubt ("both? or js? not
/// sure what to put") are offered back too, and so are a reply in two halves ("half veterans, half juniors") and a
/// choice said as a question ("reporting? we export to excel") or named on a condition ("the in-process one if latency allows") or for one camp of two ("the lead wants X,
/// the rest of us Y").
/// </summary>
public static class UnsureChoices
{
    public static Understood Confirm(Question question, ReplyText reply, Understood read, WordEvidence evidence)
    {
        if (read is not Understood.Recorded recorded)
        {
            return read;
        }

        var ids = recorded.Value.Choices;
        var named = evidence.Positive.Where(s => s.Strong).Select(s => s.Choice.Id).ToList();
        if (evidence.Doubting && named.Count >= 2)
        {
            // "both? or js? not sure what to put": choices named beside a doubt are the user's guesses, not an answer.
            return new Understood.Clarify(WithNamed(question, ids, named), $"{recorded.Read}, with a doubt");
        }

        if (question.Kind == QuestionKind.Single && reply.Clauses.Count(c => c.Words is [{ Compact: "half" }, _, ..]) >= 2)
        {
            // "half veterans, half just out of school": a reply in two halves says two things, not one choice.
            return new Understood.Clarify(WithNamed(question, ids, named), $"{recorded.Read}, in halves");
        }

        if (QuestionSpotter.Asked(reply.Text).Any(part => WordEvidence.Of(question, ReplyText.Of(part)).Positive.Any(p => ids.Contains(p.Choice.Id))))
        {
            // "light reporting? the analysts export to excel": an answer said as a question is a guess to confirm.
            return new Understood.Clarify(WithNamed(question, ids, named), $"{recorded.Read}, said as a question");
        }

        if (question.Kind == QuestionKind.Single && Conditioned(evidence, ids))
        {
            // "the in-process one if latency allows": a choice named on a condition is not yet chosen.
            return new Understood.Clarify(WithNamed(question, ids, named), $"{recorded.Read}, on a condition");
        }

        if (question.Kind == QuestionKind.Single && Camps.Split(reply) && !ids.SequenceEqual([ChoiceNames.For(question).Combination?.Id]) && !EveryCampNames(evidence, ids))
        {
            // "the architect wants microservices, the rest of us one app": one camp's choice is not the team's, though
            // both camps together may be a "Both" answer, or name the same choice ("half ruby, the other half go").
            return new Understood.Clarify(WithNamed(question, ids, named), $"{recorded.Read}, said for one camp of two");
        }

        if (TwoAnswers.Read(question, reply, recorded, evidence) is { } two)
        {
            return two;
        }

        var naming = evidence.Clauses.SelectMany(c => c.Mentions).Where(m => !m.Negated && ids.Contains(m.Choice.Id)).ToList();
        if (naming.Count > 0 ? !naming.Any(m => m.Unsure) : !evidence.Clauses.Any(c => c.Hedged))
        {
            return read;
        }

        // "microservices, plus maybe a gateway": with the hedged choices, or without them.
        var sure = ids.Where(id => naming.Any(m => m.Choice.Id == id) && naming.Where(m => m.Choice.Id == id).All(m => !m.Unsure)).ToList();
        var said = $"{recorded.Read}, hedged";
        return sure.Count > 0 && sure.Count < ids.Count
            ? new Understood.Clarify([Of(question, ids), Of(question, sure)], said)
            : new Understood.Clarify([Of(question, ids)], said);
    }

    /// <summary>
    /// Whether a choice read is named in a clause with a condition, or just before a clause that is one ("flask, as
    /// long as it stays small").
    /// </summary>
    private static bool Conditioned(WordEvidence evidence, IReadOnlyList<string> ids) =>
        Enumerable.Range(0, evidence.Clauses.Count).Any(i => evidence.Clauses[i].Mentions.Any(m => !m.Negated && ids.Contains(m.Choice.Id))
            && (Condition.In(evidence.Clauses[i].Clause)
                || (i + 1 < evidence.Clauses.Count && evidence.Clauses[i + 1].Mentions.Count == 0 && Condition.In(evidence.Clauses[i + 1].Clause))));

    /// <summary>Whether two or more clauses name a choice and each names the one read.</summary>
    private static bool EveryCampNames(WordEvidence evidence, IReadOnlyList<string> ids)
    {
        var naming = evidence.Clauses.Where(c => c.Mentions.Any(m => !m.Negated)).ToList();
        return naming.Count >= 2 && naming.All(c => c.Mentions.Any(m => !m.Negated && ids.Contains(m.Choice.Id)));
    }

    /// <summary>The answer read, then up to two other choices the reply named, each on its own.</summary>
    private static IReadOnlyList<Candidate> WithNamed(Question question, IReadOnlyList<string> ids, IReadOnlyList<string> named) =>
        [Of(question, ids), .. named.Where(id => !ids.SequenceEqual([id])).Take(2).Select(id => Of(question, [id]))];

    private static Candidate Of(Question question, IReadOnlyList<string> ids) =>
        Candidate.Of([.. ids.Select(id => question.FindChoice(id)).OfType<Choice>()]);
}
