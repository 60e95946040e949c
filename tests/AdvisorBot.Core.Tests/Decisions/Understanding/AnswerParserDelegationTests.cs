using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>Today's dialog reads typed answers through the reader: only a recorded reading becomes a value.</summary>
public sealed class AnswerParserDelegationTests
{
    [Theory]
    [InlineData("admin", "we don't need an admin", "no")]
    [InlineData("peak-load", "about 20k", "4")]
    [InlineData("architecture", "microservices but no serverless", "microservices")]
    public void Recorded_BecomesTheValue(string questionId, string text, string expected)
    {
        var value = AnswerParser.Parse(Readings.Shipped("node-or-python", questionId), text);

        Assert.NotNull(value);
        Assert.Equal(expected, Readings.Of(value));
    }

    [Theory]
    [InlineData("operations", "what is PM2?")]
    [InlineData("peak-load", "tens of thousands")]
    [InlineData("ml", "not central at all")]
    [InlineData("realtime", "maybe")]
    public void AnythingElse_IsNoValue(string questionId, string text)
    {
        Assert.Null(AnswerParser.Parse(Readings.Shipped("node-or-python", questionId), text));
    }
}
