using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// The reader knows no question by id: whatever a decision file says (steps and bounds, labels, a "Both" choice) is
/// what it reads by. Here on questions written for the test, including a scale of small counts where "2" may be a
/// step or two people.
/// </summary>
public sealed class DataDrivenReadingTests : IDisposable
{
    private const string Team = """
        id: team
        title: Team
        sources:
          - { file: a.txt, title: Article A }
        options:
          - { id: small, label: Small, cite: [{ source: a.txt, section: Intro }] }
          - { id: large, label: Large, cite: [{ source: a.txt, section: Intro }] }
        questions:
          - id: size
            prompt: How many developers?
            kind: scale
            scale:
              low: one or two
              high: more than 25
              unit: developers
              steps:
                - { label: "1 or 2", below: 3 }
                - { label: "3 to 5", below: 6 }
                - { label: "6 to 10", below: 11 }
                - { label: "11 to 25", below: 26 }
                - { label: "more than 25" }
            weights: { large: 2 }
            cite: [{ source: a.txt, section: Intro }]
          - id: stack
            prompt: Which stack?
            kind: single
            cite: [{ source: a.txt, section: Intro }]
            choices:
              - { id: ruby, label: Ruby, weights: { small: 1 } }
              - { id: elixir, label: Elixir, weights: { large: 1 } }
              - { id: all, label: All of them, weights: { large: 2 } }
        """;

    private readonly DecisionFiles _files = new(("team.yaml", Team), ("lunch.yaml", DecisionFiles.Lunch), ("topping.yaml", DecisionFiles.Topping));

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("1", "=1")]
    [InlineData("2", "ask:2|1")]
    [InlineData("4", "ask:4|2")]
    [InlineData("step 4", "=4")]
    [InlineData("two of us", "=1")]
    [InlineData("about 8 people", "=3")]
    [InlineData("40", "=5")]
    [InlineData("11 to 25", "=4")]
    [InlineData("two teams of 5", "=3")]
    [InlineData("two squads of ~7", "=4")]
    [InlineData("a dozen or so", "=4")]
    [InlineData("about 10 devs", "=3")]
    [InlineData("around 11", "ask:3|4")]
    [InlineData("three backend + about two fullstack", "=2")]
    public void Headcounts_AreWholePeople_AndAskedBackWhereAStepNumberCouldBeACount(string text, string expected)
    {
        Readings.AssertReads(Question("team", "size"), text, expected);
    }

    [Theory]
    [InlineData("ruby and elixir", "=all")]
    [InlineData("both ruby and elixir", "=all")]
    [InlineData("ruby, not elixir", "=ruby")]
    public void AnAllChoice_IsTheOthersTogether(string text, string expected)
    {
        Readings.AssertReads(Question("team", "stack"), text, expected);
    }

    [Theory]
    [InlineData("3", "=3")]
    [InlineData("tiny", "=1")]
    [InlineData("generous", "=5")]
    [InlineData("high", "=4")]
    [InlineData("20k", "x")]
    [InlineData("7", "x")]
    public void ScaleWithoutBounds_TakesStepNumbersAndWords(string text, string expected)
    {
        Readings.AssertReads(Question("lunch", "budget"), text, expected);
    }

    [Theory]
    [InlineData("sashimi please", "=love")]
    [InlineData("not at all", "=hate")]
    [InlineData("yuck", "=hate")]
    public void LabelsThatSayNo_AreNamesNotNegations(string text, string expected)
    {
        Readings.AssertReads(Question("lunch", "fish"), text, expected);
    }

    private Question Question(string decisionId, string questionId) =>
        DecisionFileValidationTests.Load(_files.Folder, "lunch").Get(decisionId).FindQuestion(questionId)!;
}
