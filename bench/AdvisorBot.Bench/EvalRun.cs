using System.Globalization;
using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Evaluation;
using AdvisorBot.Knowledge.Index;

namespace AdvisorBot.Bench;

/// <summary>
/// Prints the evaluation figures for both corpora and both splits, for each embedding model (or one: <c>--model</c>),
/// with the misses of the test split when <c>--misses</c> is given.
/// </summary>
internal static class EvalRun
{
    public static IReadOnlyList<EvalQuestion> Questions(string root) =>
        EvalQuestion.Load(Path.Combine(root, "tests", "AdvisorBot.Knowledge.Tests", "Evaluation", "questions.jsonl"));

    /// <summary>Confidence in tenths against the share of those answers that are right, on the test split of both corpora.</summary>
    private static void WriteDiagram(string path, List<(double Confidence, bool Right)> points, double threshold)
    {
        var bins = Enumerable.Range(0, 10).Select(i =>
        {
            var inBin = points.Where(p => Math.Min(9, (int)(p.Confidence * 10)) == i).ToList();
            return new Charts.ReliabilityBin(i / 10.0, (i + 1) / 10.0, inBin.Count,
                inBin.Count == 0 ? 0 : inBin.Average(p => p.Confidence), inBin.Count == 0 ? 0 : inBin.Count(p => p.Right) / (double)inBin.Count);
        }).ToList();
        Charts.ReliabilityDiagram.Write(path, "Answer confidence vs accuracy (test split)",
            string.Create(CultureInfo.InvariantCulture, $"{points.Count} questions, bundled + seeds; uncovered count as wrong"), bins, threshold);
        Console.WriteLine($"   reliability diagram: {path}");
    }

    public static (string Corpus, string Folder)[] Corpora(string root) =>
    [
        (EvalCorpora.Bundled, Path.Combine(root, "content")),
        (EvalCorpora.Seeds, Environment.GetEnvironmentVariable("ADVISORBOT_SEEDS") is { Length: > 0 } seeds ? seeds : Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"))),
    ];

    public static void Run(string root, string[] args)
    {
        var only = args.SkipWhile(a => a != "--model").Skip(1).FirstOrDefault();
        double? threshold = args.SkipWhile(a => a != "--threshold").Skip(1).FirstOrDefault() is { } t ? double.Parse(t, CultureInfo.InvariantCulture) : null;
        if (args.SkipWhile(a => a != "--fusion").Skip(1).FirstOrDefault() is { } fusion)
        {
            HitFusion.SemanticWeight = double.Parse(fusion, CultureInfo.InvariantCulture);
        }

        var questions = Questions(root);
        foreach (var name in EvalModels.Names.Where(n => only is null || n == only))
        {
            var testPoints = new List<(double Confidence, bool Right)>();
            var embedder = EvalModels.Load(name);
            Console.WriteLine($"== {name}: fusion weight {HitFusion.SemanticWeight.ToString(CultureInfo.InvariantCulture)}, threshold {ConfidenceModel.DefaultThreshold.ToString(CultureInfo.InvariantCulture)}");
            foreach (var (corpus, folder) in Corpora(root))
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                using var index = new EvalCorpus(folder, embedder);
                Console.WriteLine($"   indexed {corpus} ({index.Searcher.PassageCount} passages) in {clock.ElapsedMilliseconds} ms");
                foreach (var split in new[] { EvalQuestion.Fit, EvalQuestion.Test })
                {
                    var report = index.Evaluate(corpus, split, questions, threshold);
                    Console.WriteLine("   " + report);
                    if (split == EvalQuestion.Test)
                    {
                        testPoints.AddRange(report.Points);
                    }

                    if (args.Contains("--misses") && (split == EvalQuestion.Fit || args.Contains("--test-misses")))
                    {
                        foreach (var miss in report.Misses)
                        {
                            Console.WriteLine("      " + miss);
                        }
                    }
                }
            }

            (embedder as IDisposable)?.Dispose();
            if (name == "minilm" && testPoints.Count > 0)
            {
                WriteDiagram(Path.Combine(root, "docs", "reliability.png"), testPoints, threshold ?? ConfidenceModel.DefaultThreshold);
            }
        }
    }
}
