using System.Globalization;
using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Evaluation;

namespace AdvisorBot.Bench;

/// <summary>
/// Fits the confidence model's weights on the bundled evaluation set: a logistic regression whose positive class is
/// "the best hit is a correct source", so a confidence of 0.5 is where answering starts to pay. Prints the weights.
/// </summary>
internal static class Calibration
{
    public static void Run(string root)
    {
        var questions = EvalQuestion.Load(Path.Combine(root, "tests", "AdvisorBot.Knowledge.Tests", "Evaluation", "questions.jsonl"));
        using var corpus = new EvalCorpus(Path.Combine(root, "content"));
        var samples = new List<(double[] X, double Y)>();
        foreach (var q in questions.Where(q => q.Corpus == "bundled"))
        {
            var hits = corpus.Searcher.Search(q.Question, 5);
            if (hits.Count == 0)
            {
                continue;
            }

            var correct = q.Answerable && q.Expect.Any(e => e.Matches(hits[0].Passage));
            samples.Add((ConfidenceModel.Features(hits), correct ? 1 : 0));
        }

        var w = new double[samples[0].X.Length + 1];
        const double rate = 0.5, l2 = 0.001;
        for (var epoch = 0; epoch < 20000; epoch++)
        {
            var grad = new double[w.Length];
            foreach (var (x, y) in samples)
            {
                var p = Sigmoid(w[0] + x.Select((v, i) => v * w[i + 1]).Sum());
                grad[0] += p - y;
                for (var i = 0; i < x.Length; i++)
                {
                    grad[i + 1] += (p - y) * x[i];
                }
            }

            for (var i = 0; i < w.Length; i++)
            {
                w[i] -= rate * (grad[i] / samples.Count + (i == 0 ? 0 : l2 * w[i]));
            }
        }

        Console.WriteLine($"calibrated on {samples.Count} bundled questions ({samples.Count(s => s.Y == 1)} with a correct best hit)");
        Console.WriteLine("weights [bias, coverage, question similarity, lead]: [" + string.Join(", ", w.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture))) + "]");
        foreach (var bucket in samples.GroupBy(s => Math.Min(4, (int)(Sigmoid(w[0] + s.X.Select((v, i) => v * w[i + 1]).Sum()) * 5))).OrderBy(g => g.Key))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  confidence {bucket.Key * 0.2:0.0}–{bucket.Key * 0.2 + 0.2:0.0}: {bucket.Count()} questions, {bucket.Average(s => s.Y):P0} with a correct best hit"));
        }
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
