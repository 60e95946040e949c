namespace AdvisorBot.Bench.Charts;

/// <summary>One confidence bin of a reliability diagram: its range, how many answers fell in it, their mean
/// confidence and the share of them that were right.</summary>
public sealed record ReliabilityBin(double Low, double High, int Count, double MeanConfidence, double Accuracy);
