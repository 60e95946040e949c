namespace AdvisorBot.Bench.Charts;

/// <summary>A reliability diagram of made-up bins, to see what <see cref="ReliabilityDiagram"/> draws.</summary>
internal static class DiagramDemo
{
    public static void Write(string path)
    {
        int[] counts = [2, 4, 7, 11, 16, 23, 31, 36, 28, 14];
        double[] accuracies = [0.0, 0.25, 0.29, 0.36, 0.44, 0.52, 0.61, 0.75, 0.86, 0.93];
        var bins = counts.Select((count, i) => new ReliabilityBin(i / 10.0, (i + 1) / 10.0, count, i / 10.0 + 0.04 + 0.002 * i, accuracies[i])).ToList();
        ReliabilityDiagram.Write(path, "Answer confidence: reliability", "Made-up bins for a demo: 172 answers in 10 bins of confidence", bins, 0.6);
        Console.WriteLine($"wrote {path}");
    }
}
