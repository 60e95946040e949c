using System.Globalization;
using System.Text.RegularExpressions;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.TestSupport;

namespace AdvisorBot.Core.Tests.Decisions;

/// <summary>The decisions the bot ships with: complete, and every claim traceable to a source article.</summary>
public sealed partial class ShippedDecisionTests
{
    [Fact]
    public void NodeOrPython_HasTheFiveOptions_AndAtLeastTenQuestionsOfEveryKind()
    {
        var decision = ShippedDecisions.Load().Get("node-or-python");

        Assert.Equal(["node", "python-django", "python-flask", "python-fastapi", "hybrid"], decision.Options.Select(o => o.Id));
        Assert.True(decision.Questions.Count >= 10, $"only {decision.Questions.Count} questions");
        foreach (var kind in Enum.GetValues<QuestionKind>())
        {
            Assert.Contains(decision.Questions, q => q.Kind == kind);
        }

        Assert.Contains(decision.Questions, q => q.When.Count > 0);
        Assert.NotNull(decision.Hybrid);
        Assert.Equal("python-framework", Assert.Single(decision.FollowUps).DecisionId);
    }

    [SeedsFact]
    public void EveryQuestionAndOption_CitesASectionThatExistsInItsSeedArticle()
    {
        var checkedCitations = 0;
        foreach (var decision in ShippedDecisions.Load().All)
        {
            var cited = decision.Options.Select(o => (What: $"option {o.Id}", o.Citations))
                .Concat(decision.Questions.Select(q => (What: $"question {q.Id}", q.Citations)));
            foreach (var (what, citations) in cited)
            {
                Assert.True(citations.Count > 0, $"{decision.File}: {what} has no citation");
                foreach (var citation in citations)
                {
                    var path = Path.Combine(ShippedDecisions.SeedsFolder, citation.Source);
                    Assert.True(File.Exists(path), $"{decision.File}: {what} cites {citation.Source}, which is not a seed article");
                    Assert.True(Resolves(File.ReadAllText(path), citation.Section), $"{decision.File}: {what} cites section \"{citation.Section}\", which is not in {citation.Source}");
                    checkedCitations++;
                }
            }
        }

        Assert.True(checkedCitations >= 20, $"only {checkedCitations} citations checked");
    }

    /// <summary>A heading or phrase that appears in the article, or "paragraph N" of an article without headings.</summary>
    internal static bool Resolves(string article, string section)
    {
        var paragraph = ParagraphPattern().Match(section);
        if (paragraph.Success)
        {
            var n = int.Parse(paragraph.Groups[1].Value, CultureInfo.InvariantCulture);
            return n >= 1 && n <= article.Split('\n').Count(l => l.Trim().Length > 0);
        }

        return Squash(article).Contains(Squash(section), StringComparison.OrdinalIgnoreCase);
    }

    private static string Squash(string text) => WhiteSpace().Replace(text.Replace('’', '\'').Replace('‑', '-'), " ").Trim();

    [GeneratedRegex(@"^paragraph (\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
