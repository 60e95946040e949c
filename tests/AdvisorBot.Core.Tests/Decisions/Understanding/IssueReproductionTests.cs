using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// The typed replies issue 10 found refused or recorded wrong, read against the shipped decision files. Before the
/// reader, the first group recorded the opposite (or the named choice of a question), the second was refused.
/// </summary>
public sealed class IssueReproductionTests
{
    [Theory]
    // Negation used to lose to a synonym.
    [InlineData("realtime", "we don't need any live updates", "=no")]
    [InlineData("admin", "we don't need an admin", "=no")]
    [InlineData("ml", "not central at all", "ask:some|none")]
    // Questions used to be recorded as the choice they name.
    [InlineData("operations", "what is PM2?", "?")]
    [InlineData("architecture", "what is a monolith?", "?")]
    [InlineData("model-serving", "what is a sidecar?", "?")]
    // Refused although clear.
    [InlineData("workload", "it's I/O-bound", "=io")]
    [InlineData("realtime", "yep, streaming to clients is core", "=yes")]
    [InlineData("realtime", "not really, everything runs on a schedule", "=no")]
    [InlineData("admin", "no, it's a pure API, no back office", "=no")]
    [InlineData("peak-load", "probably about 20k requests a second at peak", "=4")]
    [InlineData("peak-load", "tens of thousands at peak", "ask:4|5")]
    [InlineData("team-languages", "we know both TypeScript and Python well", "=both")]
    [InlineData("operations", "containers on our Kubernetes cluster", "=containers")]
    [InlineData("architecture", "a few microservices, plus serverless functions for batch triggers", "=microservices,serverless")]
    public void Reproduction_IsReadAsMeant(string questionId, string text, string expected)
    {
        Readings.AssertReads("node-or-python", questionId, text, expected);
    }

    [Fact]
    public void MultipleChoice_KeepsEveryChoiceItRecords()
    {
        var reading = Assert.IsType<Understood.Recorded>(Readings.Read("node-or-python", "architecture", "gateway, microservices and serverless"));

        Assert.Equal(["gateway", "microservices", "serverless"], reading.Value.Choices.Order(StringComparer.Ordinal));
        Assert.Contains("Serverless functions", reading.Read, StringComparison.Ordinal);
    }
}
