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
        {
            "a reason that names another option as the one it helps",
            DecisionFiles.Topping.Replace("weights: { pepperoni: 2 } }", "weights: { pepperoni: 2 }, reason: Margherita stays light. }", StringComparison.Ordinal),
            14,
            "the reason for option 'pepperoni' of choice 'yes' of question 'meat' names Margherita but not Pepperoni"
        },
        {
            "a per-option reason that names another option",
            DecisionFiles.Topping.Replace("weights: { margherita: 2 } }", "weights: { margherita: 2 }, reasons: { margherita: Pepperoni is too heavy for you. } }", StringComparison.Ordinal),
            15,
            "names Pepperoni but not Margherita"
        },
        {
            "a reason for an option the choice does not move",
            DecisionFiles.Topping.Replace("weights: { margherita: 2 } }", "weights: { margherita: 2 }, reasons: { pepperoni: No meat. } }", StringComparison.Ordinal),
            15,
            "gives a reason for 'pepperoni', which this choice does not move"
        },
        {
            "a scale reason without its low side",
            DecisionFiles.Topping + "\n  - id: hunger\n    prompt: How hungry?\n    kind: scale\n    scale: { low: a bit, high: very }\n    weights: { pepperoni: 2 }\n    reason: { high: Pepperoni fills you up. }\n    cite: [{ source: a.txt, section: Intro }]\n",
            21,
            "needs 'low'"
        },
        {
            "weights on a question that is not a scale",
            DecisionFiles.Topping.Replace("    kind: yesno", "    kind: yesno\n    weights: { pepperoni: 1 }", StringComparison.Ordinal),
            12,
            "'weights' belongs only to questions of kind scale"
        },
        {
            "a carry that maps to a choice the question lacks",
            DecisionFiles.Topping.Replace("    kind: yesno", "    kind: yesno\n    carry: { from: lunch/hungry, answers: { yes: maybe } }", StringComparison.Ordinal),
            12,
            "maps to 'maybe', which is not a choice"
        },
    };

    [Fact]
    public void NoteQuestion_NeedsNoCitation()
    {
        using var files = new DecisionFiles(("topping.yaml", DecisionFiles.Topping + "\n  - id: notes\n    prompt: Anything else?\n    kind: note\n    skippable: true\n"));

        var notes = Load(files.Folder, "topping").Get("topping").FindQuestion("notes")!;

        Assert.Empty(notes.Citations);
    }

    [Fact]
    public void PerOptionAndDirectedReasons_AreRead_AndFallBackToTheSharedReason()
    {
        using var files = new DecisionFiles(("topping.yaml", DecisionFiles.Topping
            .Replace("weights: { pepperoni: 2 } }", "weights: { pepperoni: 2, margherita: -1 }, reason: Pepperoni has the meat., reasons: { margherita: Margherita has none. } }", StringComparison.Ordinal)
            + "\n  - id: hunger\n    prompt: How hungry?\n    kind: scale\n    scale: { low: a bit, high: very }\n    weights: { pepperoni: 2 }\n    reasons:\n      pepperoni: { high: Pepperoni fills you up., low: Pepperoni is too much for a small appetite. }\n    cite: [{ source: a.txt, section: Intro }]\n"));

        var topping = Load(files.Folder, "topping").Get("topping");

        var yes = topping.FindQuestion("meat")!.FindChoice("yes")!;
        Assert.Equal("Pepperoni has the meat.", yes.ReasonFor("pepperoni"));
        Assert.Equal("Margherita has none.", yes.ReasonFor("margherita"));
        var hunger = topping.FindQuestion("hunger")!;
        Assert.Equal("Pepperoni fills you up.", hunger.ScaleReasonFor("pepperoni", 5));
        Assert.Equal("Pepperoni is too much for a small appetite.", hunger.ScaleReasonFor("pepperoni", 1));
        Assert.Null(hunger.ScaleReasonFor("pepperoni", 3));
    }

    [Theory]
    [InlineData("lunch/nope", "is not a question with choices")]
    [InlineData("lunch/budget", "is not a question with choices")]
    [InlineData("dinner/hungry", "names decision 'dinner', which does not exist")]
    public void CarryFromAQuestionThatCannotSupplyIt_FailsStartUp_NamingTheLine(string from, string problem)
    {
        var topping = DecisionFiles.Topping.Replace("    kind: yesno", $"    kind: yesno\n    carry: {{ from: {from}, answers: {{ yes: yes }} }}", StringComparison.Ordinal);
        using var files = new DecisionFiles(("lunch.yaml", DecisionFiles.Lunch), ("topping.yaml", topping));

        var error = Assert.Throws<DataFileException>(() => Load(files.Folder, "lunch"));

        Assert.Equal("topping.yaml", error.File);
        Assert.Equal(12, error.Line);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CarryFromADecisionThatDoesNotChainHere_FailsStartUp()
    {
        var lunch = DecisionFiles.Lunch.Replace("follow_up:\n  - { decision: topping, when_winner: [pizza] }", string.Empty, StringComparison.Ordinal);
        var topping = DecisionFiles.Topping.Replace("    kind: yesno", "    kind: yesno\n    carry: { from: lunch/hungry, answers: { yes: yes } }", StringComparison.Ordinal);
        using var files = new DecisionFiles(("lunch.yaml", lunch), ("topping.yaml", topping));

        var error = Assert.Throws<DataFileException>(() => Load(files.Folder, "lunch"));

        Assert.Contains("does not chain to 'topping'", error.Problem, StringComparison.Ordinal);
    }

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
