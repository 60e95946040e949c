using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>A choice named in a clause: how strongly, whether a negation in the clause reaches it, and the words read.</summary>
public sealed record Mention(Choice Choice, double Weight, bool Negated, bool Fuzzy, string Words);
