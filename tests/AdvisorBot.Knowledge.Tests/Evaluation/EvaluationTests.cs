using AdvisorBot.Knowledge.Evaluation;
using AdvisorBot.Knowledge.Ingestion;
using AdvisorBot.Knowledge.Tests.Support;
using Xunit.Abstractions;

namespace AdvisorBot.Knowledge.Tests.Evaluation;

/// <summary>
/// The evaluation set (written by someone who had not seen the content, graded by someone who had not seen the code)
/// against the bundled content and the raw seed articles, on the TEST split nothing was tuned on. Figures print in the
/// test output; the test fails below the floors.
/// </summary>
[Collection(EvalCorporaDefinition.Name)]
public sealed class EvaluationTests(EvalCorporaFixture corpora, ITestOutputHelper output)
{
    private static IReadOnlyList<EvalQuestion> Questions => EvalCorporaFixture.Questions;

    [Fact]
    public void EvaluationSet_IsLarge_SplitOnce_AndMostlyNearTheDomainWhereUncovered()
    {
        Assert.True(Questions.Count >= 200, $"{Questions.Count} questions");
        Assert.Equal(Questions.Count, Questions.Select(q => q.Id).Distinct().Count());
        Assert.All(Questions, q => Assert.Contains(q.Split, new[] { EvalQuestion.Fit, EvalQuestion.Test }));
        var uncovered = Questions.Where(q => !q.Bundled.Covered).ToList();
        Assert.True(uncovered.Count >= 60, $"{uncovered.Count} uncovered questions");
        Assert.True(uncovered.Count(q => q.Kind == "near-domain") >= 60, "most uncovered questions should be near the domain");
        var test = Questions.Where(q => q.Split == EvalQuestion.Test).ToList();
        Assert.True(test.Count(q => q.Bundled.Covered) >= 40 && test.Count(q => !q.Bundled.Covered) >= 40, "the test split needs both kinds");
        Assert.All(Questions.Where(q => q.Bundled.Covered), q => Assert.NotEmpty(q.Bundled.Facts));
    }

    [Fact]
    public void EveryFactOfTheSet_IsInTheFileItNames()
    {
        foreach (var q in Questions.Where(q => q.Bundled.Covered))
        {
            var text = string.Join('\n', q.Bundled.Files.Select(f => File.ReadAllText(Path.Combine(Paths.Content, f))));
            Assert.True(q.Bundled.Facts.Any(f => text.Contains(f, StringComparison.OrdinalIgnoreCase)), $"#{q.Id}: no fact found in {string.Join(", ", q.Bundled.Files)}");
        }
    }

    [Fact]
    public void BundledContent_TestSplit_MeetsTheFloors()
    {
        var report = Run(EvalCorpora.Bundled);

        Assert.True(report.Answerable >= 40 && report.Unanswerable >= 40, report.ToString());
        Assert.True(report.AnswerAccuracy >= QualityFloors.BundledAnswered, $"answered correctly {report.AnswerAccuracy:P1} < {QualityFloors.BundledAnswered:P0}");
        Assert.True(report.AbstentionRate >= QualityFloors.BundledAbstained, $"abstained {report.AbstentionRate:P1} < {QualityFloors.BundledAbstained:P0}");
        Assert.True(report.WrongAnswerRate <= QualityFloors.WrongAnswers, $"wrong answers {report.WrongAnswerRate:P1} > {QualityFloors.WrongAnswers:P0}");
    }

    [SeedsFact]
    public void RawSeedArticles_TestSplit_MeetTheFloors_CitingTheRightArticle()
    {
        var report = Run(EvalCorpora.Seeds);

        Assert.True(report.Answerable >= 30, report.ToString());
        Assert.True(report.AnswerAccuracy >= QualityFloors.SeedsAnswered, $"answered correctly {report.AnswerAccuracy:P1} < {QualityFloors.SeedsAnswered:P0}");
        Assert.True(report.WrongAnswerRate <= QualityFloors.WrongAnswers, $"wrong answers {report.WrongAnswerRate:P1} > {QualityFloors.WrongAnswers:P0}");
    }

    [SeedsFact]
    public void EverySeedArticle_IsExpectedBySomeQuestion()
    {
        foreach (var seed in new ContentFolder(Paths.Seeds).Files().Select(Path.GetFileName))
        {
            Assert.Contains(Questions, q => q.Seeds.Files.Contains(seed!));
        }
    }

    private EvalReport Run(string corpus)
    {
        var report = corpora.For(corpus).Evaluate(corpus, EvalQuestion.Test, Questions);
        output.WriteLine(report.ToString());
        foreach (var miss in report.Misses)
        {
            output.WriteLine("  " + miss);
        }

        return report;
    }
}
