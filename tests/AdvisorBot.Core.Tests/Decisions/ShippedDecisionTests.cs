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
        Assert.Equal(["python-framework", "node-framework"], decision.FollowUps.Select(f => f.DecisionId));
        Assert.Equal(["node"], decision.FollowUpFor("node")!.WhenWinner);
    }

    [SeedsFact]
    public void EveryQuestionAndOption_CitesASectionThatExistsInItsSeedArticle()
    {
        var checkedCitations = 0;
        foreach (var decision in ShippedDecisions.Load().All)
        {
            var cited = decision.Options.Select(o => (What: $"option {o.Id}", o.Citations))
                .Concat(decision.Options.Where(o => !o.Record.IsEmpty).Select(o => (What: $"the record of option {o.Id}", o.Record.Citations)))
                .Concat(decision.Questions.Where(q => q.Kind != QuestionKind.Note).Select(q => (What: $"question {q.Id}", q.Citations)))
                .Concat(decision.Questions.SelectMany(q => q.Choices.Where(c => c.Citations is not null).Select(c => (What: $"choice {q.Id}/{c.Id}", c.Citations!))));
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

        Assert.True(checkedCitations >= 100, $"only {checkedCitations} citations checked");
    }

    [Fact]
    public void NoteQuestions_CiteNothing_SoANoteIsNeverTiedToAnUnrelatedSection()
    {
        var notes = ShippedDecisions.Load().All.SelectMany(d => d.Questions).Where(q => q.Kind == QuestionKind.Note).ToList();

        Assert.NotEmpty(notes);
        Assert.All(notes, q => Assert.Empty(q.Citations));
    }

    [Fact]
    public void EveryOptionAChoiceMoves_HasAReasonForIt_InBothDirectionsOfAScale()
    {
        var checkedReasons = 0;
        foreach (var decision in ShippedDecisions.Load().All)
        {
            foreach (var question in decision.Questions)
            {
                foreach (var choice in question.Choices)
                {
                    foreach (var option in choice.Weights.Where(w => w.Value != 0).Select(w => w.Key))
                    {
                        Assert.False(string.IsNullOrWhiteSpace(choice.ReasonFor(option)), $"{decision.Id}/{question.Id}/{choice.Id} moves {option} without a reason");
                        checkedReasons++;
                    }
                }

                foreach (var option in question.ScaleWeights.Where(w => w.Value != 0).Select(w => w.Key))
                {
                    var high = question.ScaleReasonFor(option, Question.ScaleMax);
                    var low = question.ScaleReasonFor(option, Question.ScaleMin);
                    Assert.False(string.IsNullOrWhiteSpace(high) || string.IsNullOrWhiteSpace(low), $"{decision.Id}/{question.Id} moves {option} without a reason for high and low answers");
                    Assert.NotEqual(high, low);
                    checkedReasons += 2;
                }
            }
        }

        Assert.True(checkedReasons >= 100, $"only {checkedReasons} reasons checked");
    }

    [Fact]
    public void EveryOption_HasARecord_WithConsequencesRisksTradeOffsAndNextSteps()
    {
        foreach (var option in ShippedDecisions.Load().All.SelectMany(d => d.Options))
        {
            Assert.NotEmpty(option.Record.Consequences);
            Assert.NotEmpty(option.Record.Risks);
            Assert.NotEmpty(option.Record.TradeOffs);
            Assert.NotEmpty(option.Record.NextSteps);
        }
    }

    [Theory]
    [InlineData("node", "framework", "websocket")]
    [InlineData("python-fastapi", "worker", "model server")]
    [InlineData("python-django", "hosting", "admin")]
    public void NextSteps_NameWhatEachStackMustSettleNext(string option, string first, string second)
    {
        var steps = string.Join(" ", ShippedDecisions.Load().Get("node-or-python").Option(option).Record.NextSteps);

        Assert.Contains(first, steps, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(second, steps, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The sources give example figures, not measurements: the files must not claim a test or a measurement.</summary>
    [Fact]
    public void Wording_NeverCallsAnExampleFigureAMeasurementOrATest()
    {
        foreach (var file in Directory.EnumerateFiles(ShippedDecisions.DialogsFolder, "*.yaml"))
        {
            var text = File.ReadAllText(file);
            foreach (var word in MeasuredWording().Matches(text).Select(m => m.Value))
            {
                Assert.Fail($"{Path.GetFileName(file)} says \"{word}\": the sources give example figures");
            }
        }
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

    [GeneratedRegex(@"\b(measured|measures|measurement|benchmarked|in (one|a) source's test|tests? showed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeasuredWording();

    [GeneratedRegex(@"^paragraph (\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
