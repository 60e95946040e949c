namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A figure read from a reply: one number (<see cref="Low"/> = <see cref="High"/>), or a span from Low up to, not
/// including, High ("tens of thousands" is 10,000 up to 100,000; "over 10k" has no upper end). <see cref="Start"/>
/// and <see cref="End"/> are token positions, for finding the unit after it.
/// </summary>
public sealed record Quantity(double Low, double High, int Start, int End)
{
    /// <summary>The figure said, when it was hedged ("about 20k" is 18,000 up to 22,000, about 20,000).</summary>
    public double? About { get; init; }

    public bool IsPoint => Low == High;

    public Quantity Times(double factor) => this with { Low = Low * factor, High = High * factor, About = About * factor };

    /// <summary>Whether a step from <paramref name="from"/> up to, not including, <paramref name="below"/> overlaps this.</summary>
    public bool Overlaps(double from, double below) =>
        IsPoint ? Low >= from && Low < below : Low < below && High > from;
}
