using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Index;

namespace AdvisorBot.Knowledge.Evaluation;

/// <summary>
/// Runs the evaluation set against an index: the share of answerable questions answered with the fact, the share of
/// uncovered ones abstained on, and wrong answers stated as answers. For the raw seed articles an answer must also
/// cite the right article.
/// </summary>
public static class Evaluator
{
    public static EvalReport Run(string corpus, string split, KnowledgeSearcher searcher, IEnumerable<EvalQuestion> questions, AnswerService answers, double threshold)
    {
        var set = questions.Where(q => q.Split == split).ToList();
        var requireFile = corpus == EvalCorpora.Seeds;
        int answeredRight = 0, abstainedRight = 0, wrong = 0, retrieved = 0;
        var misses = new List<string>();
        var points = new List<(double Confidence, bool Right)>();
        foreach (var q in set)
        {
            var expect = q.For(corpus);
            var unbarred = answers.Find(searcher, q.Question, threshold: 0);
            var wouldBeRight = unbarred.Answered && expect.IsRight(unbarred.Text, unbarred.Source!.DocumentPath, requireFile);
            points.Add((unbarred.Confidence, wouldBeRight));
            var answer = unbarred.Answered && unbarred.Confidence >= threshold ? unbarred : KnowledgeAnswer.NotCovered(unbarred.Confidence, []);
            var right = answer.Answered && wouldBeRight;
            if (expect.Covered)
            {
                retrieved += unbarred.Hits is [var top, ..] && expect.IsRight(top.Passage.Text, top.Passage.DocumentPath, requireFile) ? 1 : 0;
                answeredRight += right ? 1 : 0;
            }
            else
            {
                abstainedRight += answer.Answered ? 0 : 1;
            }

            if (answer.Answered && !right)
            {
                wrong++;
            }

            if (!right && (expect.Covered || answer.Answered))
            {
                var what = answer.Answered ? $"answered wrongly from {answer.Source!.DocumentPath} › {answer.Source.Section}: \"{Short(answer.Text)}\"" : "abstained";
                misses.Add($"#{q.Id} [{(expect.Covered ? "covered" : "uncovered")}] {what} ({answer.Confidence:0.00}): {q.Question}");
            }
        }

        var answerable = set.Count(q => q.For(corpus).Covered);
        return new EvalReport(corpus, split, answerable, set.Count - answerable, answeredRight, abstainedRight, wrong, retrieved, misses) { Points = points };
    }

    private static string Short(string text) => text.Length <= 90 ? text : text[..90] + "…";
}
