namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// Replies that do not commit are asked back or reprompted, never recorded: a yes and a no for two parts of the
/// question, an answer left to someone or something else, a range across a step's bound, a headcount at a question of
/// requests, a now and a later that fall apart, a team in two halves; and a yes that says it is done already, or an
/// opening no before a subject of its own ("nah, it's all plain HTTP"), still records.
/// </summary>
public sealed class AskBackReadingTests
{
    [Theory]
    [InlineData("node-or-python", "realtime", "chat yes, live scores no", "ask:yes|no")]
    [InlineData("node-or-python", "realtime", "the scoreboard no, the chat yes", "ask:yes|no")]
    [InlineData("node-or-python", "realtime", "yes and no honestly", "ask:yes|no")]
    [InlineData("node-or-python", "realtime", "nope it's plain http", "=no")]
    [InlineData("node-or-python", "realtime", "nah it's all request response", "=no")]
    [InlineData("node-or-python", "realtime", "depends on the client", "x")]
    [InlineData("node-or-python", "realtime", "well, depending on the product owner", "x")]
    [InlineData("node-or-python", "realtime", "ask the mobile team", "x")]
    [InlineData("node-or-python", "operations", "whatever the platform team decides", "x")]
    [InlineData("node-or-python", "operations", "whoever runs ops picks it", "x")]
    [InlineData("node-or-python", "experience", "half are veterans, half just graduated", "ask:seasoned")]
    [InlineData("node-or-python", "polyglot", "we already do", "=yes")]
    [InlineData("node-or-python", "polyglot", "it already does", "=yes")]
    [InlineData("node-framework", "nf-team-size", "8-13", "ask:3|4")]
    [InlineData("node-framework", "nf-team-size", "7-9", "=3")]
    [InlineData("node-or-python", "peak-load", "roughly 30 engineers", "x")]
    [InlineData("node-or-python", "peak-load", "a dozen developers", "x")]
    [InlineData("node-or-python", "peak-load", "about 50 right now, 5000 after the launch", "ask:1|3")]
    [InlineData("node-or-python", "peak-load", "about 50 right now, 60 next year", "=1")]
    [InlineData("node-or-python", "ml", "none at the moment, but some light reporting is planned", "ask:none|some")]
    public void AnUncommittedReply_IsNotRecorded_AndACommittedOneIs(string decision, string question, string text, string expected)
    {
        Readings.AssertReads(decision, question, text, expected);
    }
}
