namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// A yes or a choice said only on a condition ("as long as …", "only if …", "yes if …", "unless …") is not a
/// commitment: it is asked back. A concession ("even if"), an understated amount, a courtesy ("if that helps") or a
/// willingness that only asks for a reason ("if need be") sets no condition, so those still record.
/// </summary>
public sealed class ConditionReadingTests
{
    [Theory]
    [InlineData("node-or-python", "admin", "yes as long as the editors actually use it", "ask:yes|no")]
    [InlineData("node-or-python", "realtime", "only once the client signs off on live scores, and only if they pay", "ask:yes|no")]
    [InlineData("node-or-python", "polyglot", "fine by us, provided ops can run two runtimes", "ask:yes|no")]
    [InlineData("python-framework", "async", "yes unless the vendor fixes their slow endpoint", "ask:yes|no")]
    [InlineData("node-or-python", "realtime", "yes, even if it's only a notification bell", "=yes")]
    [InlineData("node-or-python", "polyglot", "sure, if need be", "=yes")]
    [InlineData("node-or-python", "admin", "yes, if that helps", "=yes")]
    [InlineData("node-or-python", "model-serving", "a separate service if the model turns out to be huge", "ask:separate-service")]
    [InlineData("node-or-python", "operations", "docker, assuming the platform team gives us the budget", "ask:containers")]
    [InlineData("node-or-python", "operations", "docker images on fargate", "=containers")]
    public void ACondition_IsAskedBack_NotRecorded(string decision, string question, string text, string expected)
    {
        Readings.AssertReads(decision, question, text, expected);
    }
}
