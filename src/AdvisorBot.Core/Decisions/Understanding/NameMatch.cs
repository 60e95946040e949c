namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>A choice's name found in a clause: which words it covers, and whether it was only a near miss.</summary>
public sealed record NameMatch(ChoiceName Name, int Start, int Length, bool Fuzzy)
{
    /// <summary>A near miss counts for less than the word itself.</summary>
    public const double FuzzyShare = 0.6;

    public int End => Start + Length;

    public double Weight => Fuzzy ? Name.Weight * FuzzyShare : Name.Weight;

    public bool Covers(int index) => index >= Start && index < End;

    public bool StrictlyInside(NameMatch other) => other.Length > Length && other.Start <= Start && End <= other.End;
}
