using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Knowledge.Tests.Ingestion;

/// <summary>The four raw third-party articles, ingested exactly as they are.</summary>
public sealed class SeedIngestionTests
{
    private static SourceDocument Read(string file) => new ContentFolder(Paths.Seeds).Read(Path.Combine(Paths.Seeds, file));

    [SeedsFact]
    public void Q1ToQ5Lines_BecomeFaqEntries_WithTheirAnswers()
    {
        var faq = Read("001_38225ab66dd5e0a1.txt").Passages.Where(p => p.IsFaq).ToList();

        Assert.Contains(faq, p => p.Question == "Is NodeJS better than Python for backend development?" && p.Text.StartsWith("It depends on the project.", StringComparison.Ordinal));
        Assert.Contains(faq, p => p.Question == "Can NodeJS and Python be used together?" && p.Text.Contains("Python for data processing", StringComparison.Ordinal));
        Assert.Contains(faq, p => p.Question == "Which is easier to learn: NodeJS or Python?");
        Assert.Contains(faq, p => p.Question == "Which is more scalable: NodeJS or Python?");
        Assert.Contains(faq, p => p.Question == "Which has better job opportunities: NodeJS or Python?");
        Assert.All(faq.Where(p => p.Section.StartsWith("FAQs", StringComparison.Ordinal)), p => Assert.DoesNotContain("Q", p.Question![..2], StringComparison.Ordinal));
    }

    [SeedsFact]
    public void QuestionLinesUnderAnFaqHeading_BecomeFaqEntries()
    {
        var faq = Read("002_e34d4e5da182d445.txt").Passages.Where(p => p.IsFaq).ToList();

        Assert.Equal(5, faq.Count);
        Assert.All(faq, p => Assert.StartsWith("FAQ › ", p.Section, StringComparison.Ordinal));
        Assert.Contains(faq, p => p.Question == "How does concurrency differ between Node.js and Python in practice?");
    }

    [SeedsFact]
    public void HeadingGluedToTheEndOfALine_IsSplitOff()
    {
        var sections = Read("000_8dcc6d59ae8f735f.txt").Passages.Select(p => p.Section).ToList();

        Assert.Contains("Section 2 - Scalability and Performance", sections);
        Assert.Contains("Section 5 - Comparison Table", sections);
    }

    [SeedsFact]
    public void EveryPassage_PointsAtItsTextInTheSourceFile()
    {
        var checkedPassages = CitedRange.AssertHoldsInFolder(Paths.Seeds);

        Assert.True(checkedPassages > 40, $"{checkedPassages} passages");
    }
}
