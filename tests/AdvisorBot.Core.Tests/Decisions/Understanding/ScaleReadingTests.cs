using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>Figures onto steps by the steps' bounds, in the question's unit; vague or borderline figures asked back.</summary>
public sealed class ScaleReadingTests
{
    [Theory]
    [InlineData("low thousands, say 2,500", "=3")]
    [InlineData("hundreds of thousands, around 200k", "=5")]
    [InlineData("3", "=3")]
    [InlineData("step 2", "=2")]
    [InlineData("20k", "=4")]
    [InlineData("about 20000", "=4")]
    [InlineData("20 000", "=4")]
    [InlineData("twenty thousand", "=4")]
    [InlineData("1.2k rps", "=3")]
    [InlineData("500/sec", "=2")]
    [InlineData("100k per minute", "=3")]
    [InlineData("millions per day", "ask:1|2")]
    [InlineData("1, 3", "x")]
    [InlineData("~2,000 rps", "=3")]
    [InlineData("2.5k req/s", "=3")]
    [InlineData("a few hundred per second", "=2")]
    [InlineData("hundreds", "=2")]
    [InlineData("a few dozen", "=1")]
    [InlineData("6,000 a minute", "=2")]
    [InlineData("1 million requests a day", "=1")]
    [InlineData("a hundred thousand", "=5")]
    [InlineData("fifty thousand", "=5")]
    [InlineData("10-20k", "=4")]
    [InlineData("fewer than 100", "=1")]
    [InlineData("100 to 999", "=2")]
    [InlineData("50,000 or more", "=5")]
    [InlineData("50k+", "=5")]
    [InlineData("very high", "=5")]
    [InlineData("low", "=2")]
    [InlineData("tens of thousands", "ask:4|5")]
    [InlineData("about 1000", "ask:2|3")]
    [InlineData("between 500 and 2,000", "ask:2|3")]
    [InlineData("over 10k", "ask:4|5")]
    [InlineData("20k, maybe 50k on launch day", "ask:4|5")]
    [InlineData("20k users", "ask:4")]
    [InlineData("11", "ask:1")]
    [InlineData("9 or 10 thousand", "=3")]
    [InlineData("not 20k", "x")]
    [InlineData("no idea", "x")]
    [InlineData("lots and lots of traffic", "x")]
    [InlineData("how many is typical?", "?")]
    [InlineData("dozens per second", "=1")]
    [InlineData("single digit rps", "=1")]
    [InlineData("triple digits", "=2")]
    [InlineData("double-digit thousands", "ask:4|5")]
    [InlineData("barely anything", "=1")]
    [InlineData("an internal tool for maybe 20 users, so barely anything", "=1")]
    [InlineData("20k users, so high", "=4")]
    [InlineData("20k users, so barely anything", "ask:4")]
    [InlineData("thirty-ish thousand", "=4")]
    [InlineData("20ish k rps", "=4")]
    [InlineData("couple hundred per second", "=2")]
    [InlineData("9,500 or so", "=3")]
    [InlineData("hardly any, a handful of users", "=1")]
    [InlineData("not even close to 100 a second", "=1")]
    [InlineData("nowhere close to a thousand rps", "ask:1|2")]
    public void PeakLoad_MapsFiguresOntoSteps(string text, string expected)
    {
        Readings.AssertReads("node-or-python", "peak-load", text, expected);
    }

    [Theory]
    [InlineData("100k concurrent users", "=5")]
    [InlineData("about 30k sockets", "=3")]
    [InlineData("a few hundred", "=1")]
    [InlineData("5", "=5")]
    [InlineData("a handful of sockets", "=1")]
    [InlineData("thirty-ish thousand", "=3")]
    public void LiveConnections_CountsConnectionsNotRates(string text, string expected)
    {
        Readings.AssertReads("node-or-python", "live-connections", text, expected);
    }

    [Theory]
    [InlineData("12-15 engineers", "=4")]
    [InlineData("four programmers", "=2")]
    [InlineData("half a dozen engineers", "=3")]
    [InlineData("roughly a dozen, probably 13 once the intern starts", "=4")]
    [InlineData("not anywhere near 3 developers", "=1")]
    public void TeamSize_CountsPeopleByAnyNameForThem(string text, string expected)
    {
        Readings.AssertReads("node-framework", "nf-team-size", text, expected);
    }

    [Fact]
    public void Recorded_NamesTheFigureAndTheStep()
    {
        var reading = Assert.IsType<Understood.Recorded>(Readings.Read("node-or-python", "peak-load", "probably about 20k requests a second at peak"));

        Assert.Contains("about 20,000 requests per second", reading.Read, StringComparison.Ordinal);
        Assert.Contains("10,000 to 49,999", reading.Read, StringComparison.Ordinal);
    }

    [Fact]
    public void Clarify_OffersTheStepsByLabel()
    {
        var reading = Assert.IsType<Understood.Clarify>(Readings.Read("node-or-python", "peak-load", "tens of thousands at peak"));

        Assert.Equal("Did you mean \"10,000 to 49,999\" or \"50,000 or more\"?", reading.Prompt);
    }
}
