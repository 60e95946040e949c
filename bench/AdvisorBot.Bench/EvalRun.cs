using AdvisorBot.Knowledge;
using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Evaluation;
using AdvisorBot.Knowledge.Index;
using AdvisorBot.Knowledge.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Bench;

/// <summary>Prints the evaluation figures (top-1, MRR@5, abstention precision and recall) for both corpora, with the misses.</summary>
internal static class EvalRun
{
    public static void Run(string root)
    {
        var questions = EvalQuestion.Load(Path.Combine(root, "tests", "AdvisorBot.Knowledge.Tests", "Evaluation", "questions.jsonl"));
        foreach (var (corpus, folder) in new[] { ("bundled", Path.Combine(root, "content")), ("seeds", Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"))) })
        {
            var content = new ContentFolder(folder);
            var indexPath = Path.Combine(Path.GetTempPath(), $"advisorbot-eval-{corpus}-{Guid.NewGuid():N}");
            IndexBuilder.Build(content, indexPath);
            using (var searcher = new KnowledgeSearcher(indexPath, content.Hash()))
            {
                var options = Options.Create(new KnowledgeOptions { ContentPath = folder, IndexPath = indexPath });
                using var index = new KnowledgeIndex(options, NullLogger<KnowledgeIndex>.Instance);
                using var answers = new AnswerService(index, options);
                var report = Evaluator.Run(corpus, searcher, questions, answers, options.Value.ConfidenceThreshold);
                Console.WriteLine(report);
                foreach (var miss in report.Misses)
                {
                    Console.WriteLine("  " + miss);
                }
            }

            Directory.Delete(indexPath, recursive: true);
        }
    }
}
