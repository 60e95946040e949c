using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Index;

namespace AdvisorBot.Knowledge.Evaluation;

/// <summary>
/// Runs the evaluation set against an index: top-1 accuracy and MRR@5 of retrieval on answerable questions, the share
/// answered with a correct source, and how well the bot abstains (precision and recall of "not covered").
/// </summary>
public static class Evaluator
{
    public static EvalReport Run(string corpus, KnowledgeSearcher searcher, IEnumerable<EvalQuestion> questions, AnswerService answers, double threshold)
    {
        var set = questions.Where(q => q.Corpus == corpus).ToList();
        double top1 = 0, mrr = 0, answeredRight = 0, abstainedRight = 0, abstained = 0;
        var misses = new List<string>();
        foreach (var q in set)
        {
            var hits = searcher.Search(q.Question, 5);
            var answer = answers.Find(searcher, q.Question, threshold);
            abstained += answer.Answered ? 0 : 1;
            if (!q.Answerable)
            {
                abstainedRight += answer.Answered ? 0 : 1;
                if (answer.Answered)
                {
                    misses.Add($"#{q.Id} answered an unanswerable question ({answer.Confidence:0.00}): {q.Question} → {answer.Source!.DocumentPath} {answer.Source.Section}");
                }

                continue;
            }

            var rank = hits.Select((h, i) => (h, i)).FirstOrDefault(x => q.Expect.Any(e => e.Matches(x.h.Passage)), (null!, -1)).Item2;
            top1 += rank == 0 ? 1 : 0;
            mrr += rank >= 0 ? 1.0 / (rank + 1) : 0;
            answeredRight += answer.Answered && q.Expect.Any(e => e.Matches(answer.Source!)) ? 1 : 0;
            if (rank != 0 || !answer.Answered)
            {
                var top = hits.Count > 0 ? $"{hits[0].Passage.DocumentPath} › {hits[0].Passage.Section}" : "nothing";
                misses.Add($"#{q.Id} {(rank == 0 ? "abstained" : $"rank {rank}")} ({answer.Confidence:0.00}): {q.Question} → {top}");
            }
        }

        var answerable = set.Count(q => q.Answerable);
        var unanswerable = set.Count - answerable;
        return new EvalReport(
            corpus, answerable, unanswerable,
            top1 / Math.Max(answerable, 1), mrr / Math.Max(answerable, 1), answeredRight / Math.Max(answerable, 1),
            abstained == 0 ? 1 : abstainedRight / abstained, unanswerable == 0 ? 1 : abstainedRight / unanswerable,
            misses);
    }
}
