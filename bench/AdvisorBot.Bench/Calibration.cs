using System.Globalization;
using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Evaluation;
using AdvisorBot.Knowledge.Index;

namespace AdvisorBot.Bench;

/// <summary>
/// Fits the answer confidence on the FIT split only (both corpora): first the fusion weight (the one whose best hit
/// most often holds the fact), then a logistic regression whose positive class is "the answer quotes the fact", then
/// the lowest threshold that keeps wrong answers at or under 1 % of the fit questions. Prints what to put in code.
/// </summary>
internal static class Calibration
{
    public static void Run(string root, string[] args)
    {
        var model = args.SkipWhile(a => a != "--model").Skip(1).FirstOrDefault() ?? "minilm";
        var embedder = EvalModels.Load(model);
        var fit = EvalRun.Questions(root).Where(q => q.Split == EvalQuestion.Fit).ToList();
        var corpora = EvalRun.Corpora(root).Select(c => (c.Corpus, Index: new EvalCorpus(c.Folder, embedder))).ToList();

        var bestWeight = FusionWeights.MaxBy(w =>
        {
            HitFusion.SemanticWeight = w;
            var right = corpora.Sum(c => c.Index.Evaluate(c.Corpus, EvalQuestion.Fit, fit, threshold: 0).RetrievedRight);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fusion weight {w:0.0}: best hit holds the fact for {right} fit questions"));
            return right;
        });
        HitFusion.SemanticWeight = bestWeight;

        var samples = new List<(double[] X, double Y)>();
        foreach (var (corpus, index) in corpora)
        {
            foreach (var q in fit)
            {
                var results = index.Searcher.Retrieve(q.Question);
                if (results.Hits.Count == 0)
                {
                    continue;
                }

                var answer = index.Answers.Find(index.Searcher, q.Question, threshold: 0);
                var right = answer.Answered && q.For(corpus).IsRight(answer.Text, answer.Source!.DocumentPath, corpus == EvalCorpora.Seeds);
                samples.Add((ConfidenceModel.SemanticFeatures(results.Hits), right ? 1 : 0));
            }
        }

        var weights = Fit(samples);
        ConfidenceModel.SemanticWeights = weights;
        Console.WriteLine($"calibrated on {samples.Count} fit questions × corpus ({samples.Count(s => s.Y == 1)} answered right at threshold 0)");
        Console.WriteLine("SemanticWeights [bias, similarity, semantic lead, coverage, FAQ overlap, BM25 agrees, unknown share, FAQ question similarity] = [" +
            string.Join(", ", weights.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture))) + "]");

        foreach (var threshold in Enumerable.Range(4, 13).Select(i => i / 20.0))
        {
            var reports = corpora.Select(c => c.Index.Evaluate(c.Corpus, EvalQuestion.Fit, fit, threshold)).ToList();
            var figures = string.Join(" | ", reports.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Corpus} right {r.AnswerAccuracy:P1} abstain {r.AbstentionRate:P1} wrong {r.WrongAnswerRate:P1}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.00}: {figures}"));
        }

        foreach (var (_, index) in corpora)
        {
            index.Dispose();
        }
    }

    private static readonly double[] FusionWeights = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0];

    private static double[] Fit(List<(double[] X, double Y)> samples)
    {
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

        return w;
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
