namespace AdvisorBot.Bench.Charts;

/// <summary>A colour, 8 bits a channel.</summary>
public readonly record struct Rgb(byte R, byte G, byte B);
