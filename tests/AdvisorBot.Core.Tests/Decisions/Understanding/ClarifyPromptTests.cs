using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>How candidates are offered back: quoted, so a label's own "or" or comma is never read as a break.</summary>
public sealed class ClarifyPromptTests
{
    [Fact]
    public void Prompt_LabelsWithOr_AreQuotedOneByOne()
    {
        var clarify = new Understood.Clarify([Step("1 or 2", 1), Step("3 to 5", 2), Step("6 to 10", 3)], "test");

        Assert.Equal("Did you mean \"1 or 2\", \"3 to 5\" or \"6 to 10\"?", clarify.Prompt);
    }

    [Fact]
    public void Prompt_SeveralChoicesInOneCandidate_AreJoinedByAnd_AndTheOthersReadOnly()
    {
        var both = new Candidate("A monolith and A gateway or BFF", new AnswerValue(["monolith", "gateway"], null, null)) { Parts = ["A monolith", "A gateway or BFF"] };
        var one = new Candidate("A monolith", AnswerValue.OfChoice("monolith"));

        Assert.Equal("Did you mean \"A monolith\" and \"A gateway or BFF\", or only \"A monolith\"?", new Understood.Clarify([both, one], "test").Prompt);
    }

    [Fact]
    public void Prompt_ShippedMultipleChoice_NamesEachChoiceOnce()
    {
        var reading = Assert.IsType<Understood.Clarify>(Readings.Read("node-or-python", "architecture", "a monolith with a thin api in front"));

        Assert.DoesNotContain(" or One well-structured monolith", reading.Prompt, StringComparison.Ordinal);
        Assert.Contains("\"One well-structured monolith\"", reading.Prompt, StringComparison.Ordinal);
    }

    private static Candidate Step(string label, int step) => new(label, AnswerValue.OfScale(step));
}
