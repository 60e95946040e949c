namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// A reply that speaks for two camps ("the architect wants …, everyone else …", "the seniors …, the juniors …") or in
/// parts that go different ways ("some routes do, others don't") is asked back: neither side is the team's answer.
/// Two camps that name the same choice ("half of us write ruby, the other half go") still record it.
/// </summary>
public sealed class SplitReplyReadingTests
{
    [Theory]
    [InlineData("node-or-python", "model-serving", "the data scientists want a model server, everyone else wants it inline", "ask:separate-service|in-api")]
    [InlineData("node-or-python", "typing", "our CTO insists on mypy, the rest of us shrug", "ask:strict")]
    [InlineData("node-framework", "nf-structure", "the senior devs want dependency injection, the juniors just want routing", "ask:full|minimal")]
    [InlineData("node-or-python", "admin", "the previous PM promised one, the new PM says we don't need it", "ask:yes|no")]
    [InlineData("python-framework", "async", "some routes call slow services, others don't", "ask:yes|no")]
    [InlineData("node-or-python", "realtime", "most screens don't, a couple need live updates", "ask:yes|no")]
    [InlineData("node-or-python", "team-languages", "half of us write ruby, the other half write go", "=neither")]
    [InlineData("node-or-python", "realtime", "some screens need live updates, some need push too", "=yes")]
    public void TwoSides_AreAskedBack(string decision, string question, string text, string expected)
    {
        Readings.AssertReads(decision, question, text, expected);
    }
}
