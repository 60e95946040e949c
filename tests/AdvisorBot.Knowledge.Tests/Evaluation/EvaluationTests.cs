using AdvisorBot.Knowledge.Evaluation;
using AdvisorBot.Knowledge.Ingestion;
using Xunit.Abstractions;

namespace AdvisorBot.Knowledge.Tests.Evaluation;

/// <summary>The evaluation set against the bundled content and against the raw seed articles.</summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    public static IReadOnlyList<EvalQuestion> Questions { get; } = EvalQuestion.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", "questions.jsonl"));

    [Fact]
    public void EvaluationSet_CoversEveryContentFileAndTheSeeds_WithTenOrMoreUnanswerable()
    {
        Assert.True(Questions.Count >= 60, $"{Questions.Count} questions");
        Assert.True(Questions.Count(q => q.Corpus == "bundled" && !q.Answerable) >= 10);
        var files = new ContentFolder(Paths.Content).Files().Select(f => Path.GetFileName(f));
        foreach (var file in files)
        {
            Assert.Contains(Questions, q => q.Expect.Any(e => e.Path == file));
        }

        foreach (var seed in new ContentFolder(Paths.Seeds).Files().Select(f => Path.GetFileName(f)))
        {
            Assert.Contains(Questions, q => q.Corpus == "seeds" && q.Expect.Any(e => e.Path == seed));
        }
    }

    [Fact]
    public void BundledContent_ReachesTheAccuracyAndAbstentionBar()
    {
        var report = Run("bundled", Paths.Content);

        Assert.True(report.Top1 >= 0.85, $"top-1 {report.Top1:0.000} is below 0.85");
        Assert.True(report.AbstentionRecall >= 0.8, $"abstention recall {report.AbstentionRecall:0.000} is below 0.8");
    }

    [Fact]
    public void RawSeedArticles_AreAnsweredFromAsTheyAre()
    {
        var report = Run("seeds", Paths.Seeds);

        Assert.True(report.Mrr5 >= 0.6, $"MRR@5 {report.Mrr5:0.000} on the raw seeds");
    }

    private EvalReport Run(string corpus, string folder)
    {
        using var index = new EvalCorpus(folder);
        var report = index.Evaluate(corpus, Questions);
        output.WriteLine(report.ToString());
        foreach (var miss in report.Misses)
        {
            output.WriteLine("  " + miss);
        }

        return report;
    }
}
