using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A choice the user hedged ("maybe microservices", "it might become central") is not recorded: it is offered back to
/// confirm. Only a hedge that reaches the recorded choice's name counts ("some, maybe more later" is still "some"); a
/// choice found by meaning alone is unsure with a hedge anywhere.
/// </summary>
public static class UnsureChoices
{
    public static Understood Confirm(Question question, Understood read, WordEvidence evidence)
    {
        if (read is not Understood.Recorded recorded)
        {
            return read;
        }

        var ids = recorded.Value.Choices;
        var naming = evidence.Clauses.SelectMany(c => c.Mentions).Where(m => !m.Negated && ids.Contains(m.Choice.Id)).ToList();
        if (naming.Count > 0 ? !naming.Any(m => m.Unsure) : !evidence.Clauses.Any(c => c.Hedged))
        {
            return read;
        }

        var labels = ids.Select(id => question.FindChoice(id)?.Label ?? id).ToList();
        return new Understood.Clarify([new Candidate(AnswerWords.All(labels), recorded.Value) { Parts = labels }], $"{recorded.Read}, hedged");
    }
}
