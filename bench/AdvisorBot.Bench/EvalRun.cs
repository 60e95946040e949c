using AdvisorBot.Knowledge.Evaluation;

namespace AdvisorBot.Bench;

/// <summary>Prints the evaluation figures (top-1, MRR@5, abstention precision and recall) for both corpora, with the misses.</summary>
internal static class EvalRun
{
    public static void Run(string root)
    {
        var questions = EvalQuestion.Load(Path.Combine(root, "tests", "AdvisorBot.Knowledge.Tests", "Evaluation", "questions.jsonl"));
        foreach (var (corpus, folder) in new[] { ("bundled", Path.Combine(root, "content")), ("seeds", Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"))) })
        {
            using var index = new EvalCorpus(folder);
            var report = index.Evaluate(corpus, questions);
            Console.WriteLine(report);
            foreach (var miss in report.Misses)
            {
                Console.WriteLine("  " + miss);
            }
        }
    }
}
