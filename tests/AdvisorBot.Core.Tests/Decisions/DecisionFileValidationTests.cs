using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Core.Tests.Decisions;

public sealed class DecisionFileValidationTests
{
    [Fact]
    public void ValidFiles_Load_WithEveryKindConditionRuleAndFollowUp()
    {
        using var files = new DecisionFiles(("lunch.yaml", DecisionFiles.Lunch), ("topping.yaml", DecisionFiles.Topping));

        var catalog = Load(files.Folder, "lunch");

        var lunch = catalog.Get("lunch");
        Assert.Equal(["pizza", "sushi", "both"], lunch.Options.Select(o => o.Id));
        Assert.Equal(
            [QuestionKind.YesNo, QuestionKind.Scale, QuestionKind.Single, QuestionKind.Multiple, QuestionKind.Note],
            lunch.Questions.Select(q => q.Kind));
        Assert.Equal("hungry", Assert.Single(lunch.FindQuestion("fish")!.When).QuestionId);
        Assert.Equal(0.2, lunch.Hybrid!.MaxMargin);
        Assert.Equal("topping", Assert.Single(lunch.FollowUps).DecisionId);
        Assert.Same(lunch, catalog.Default);
    }

    public static TheoryData<string, string, int, string> Broken() => new()
    {
        { "bad YAML", "id: x\ntitle: [unclosed\n", 3, "invalid YAML" },
        { "unknown key", DecisionFiles.Topping.Replace("title: Which topping?", "title: Which topping?\ncolour: red", StringComparison.Ordinal), 3, "unknown key 'colour'" },
        { "weight for a missing option", DecisionFiles.Topping.Replace("weights: { pepperoni: 2 }", "weights: { hawaii: 2 }", StringComparison.Ordinal), 14, "option 'hawaii'" },
        { "no citation", DecisionFiles.Topping.Replace("    cite: [{ source: a.txt, section: Intro }]\n    choices", "    choices", StringComparison.Ordinal), 9, "needs 'cite'" },
        { "citation of an unlisted source", DecisionFiles.Topping.Replace("- { id: margherita, label: Margherita, cite: [{ source: a.txt", "- { id: margherita, label: Margherita, cite: [{ source: b.txt", StringComparison.Ordinal), 6, "'b.txt' is not listed" },
        { "bad kind", DecisionFiles.Topping.Replace("kind: yesno", "kind: maybe", StringComparison.Ordinal), 11, "must be single, multiple, yesno, scale or note" },
        { "yesno with other ids", DecisionFiles.Topping.Replace("{ id: no, label: \"No\"", "{ id: nah, label: \"No\"", StringComparison.Ordinal), 14, "exactly 'yes' and 'no'" },
        { "condition on a later question", DecisionFiles.Topping.Replace("    kind: yesno", "    kind: yesno\n    when: { meat: yes }", StringComparison.Ordinal), 12, "not an earlier question" },
        { "bad id", DecisionFiles.Topping.Replace("id: topping", "id: Topping Choice", StringComparison.Ordinal), 1, "lower-case" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void BrokenFile_FailsStartUp_NamingFileLineAndProblem(string @case, string yaml, int line, string problem)
    {
        using var files = new DecisionFiles(("broken.yaml", yaml));

        var error = Assert.Throws<DataFileException>(() => Load(files.Folder, "x"));

        Assert.True(error.File == "broken.yaml", @case);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"broken.yaml:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowUpToAMissingDecision_FailsStartUp()
    {
        using var files = new DecisionFiles(("lunch.yaml", DecisionFiles.Lunch));

        var error = Assert.Throws<DataFileException>(() => Load(files.Folder, "lunch"));

        Assert.Equal("lunch.yaml", error.File);
        Assert.Contains("'topping' does not exist", error.Problem, StringComparison.Ordinal);
    }

    internal static DecisionCatalog Load(string folder, string defaultDecision) =>
        new(Options.Create(new DecisionOptions { Path = folder, DefaultDecision = defaultDecision }));
}
