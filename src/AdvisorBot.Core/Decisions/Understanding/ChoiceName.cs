using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Understanding;

public enum NameKind
{
    /// <summary>The whole label.</summary>
    Label,

    /// <summary>A synonym from the decision file, or the choice's id.</summary>
    Synonym,

    /// <summary>One telling word of the label ("containers" of "Small containers or functions that start fast").</summary>
    LabelWord,
}

/// <summary>
/// A way a reply can name a choice: its words (stemmed), how much a match counts, and what it is. An
/// <see cref="Inverted"/> name is the rest of a negative name ("ml" of "no ML", "types" of "No types needed"): it
/// names the choice only when a negation reaches it ("we don't do any ML").
/// </summary>
public sealed record ChoiceName(Choice Choice, string Text, IReadOnlyList<string> Stems, double Weight, NameKind Kind, bool Inverted = false)
{
    /// <summary>The stems run together: "io-bound", "io bound" and "I/O-bound" all meet as "iobound".</summary>
    public string Joined { get; } = string.Concat(Stems);
}
