using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A choice named in a clause: how strongly, whether a negation in the clause reaches it, the words read, and whether
/// the name follows "just" or "only" ("just the BFF"), which says it alone is meant, and whether a hedge reaches it
/// ("maybe microservices").
/// </summary>
public sealed record Mention(Choice Choice, double Weight, bool Negated, bool Fuzzy, string Words, bool Sole = false, bool Unsure = false)
{
    /// <summary>Named outright: not negated, not a near miss, and by at least a synonym's weight (not one word of a label).</summary>
    public bool Outright => !Negated && !Fuzzy && Weight >= ChoiceNames.SynonymWeight;
}
