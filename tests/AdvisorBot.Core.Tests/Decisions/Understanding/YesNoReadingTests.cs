using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>Polarity before keywords: openings, negations reaching a synonym, hedges and contradictions.</summary>
public sealed class YesNoReadingTests
{
    [Theory]
    [InlineData("yes", "=yes")]
    [InlineData("y", "=yes")]
    [InlineData("yeah we do", "=yes")]
    [InlineData("sure", "=yes")]
    [InlineData("absolutely, chat is the product", "=yes")]
    [InlineData("no doubt, we need chat", "=yes")]
    [InlineData("we need websockets", "=yes")]
    [InlineData("chat is essential", "=yes")]
    [InlineData("2", "=no")]
    [InlineData("nada, it's all request and response", "=no")]
    [InlineData("nope", "=no")]
    [InlineData("nah", "=no")]
    [InlineData("nooo", "=no")]
    [InlineData("definitely not", "=no")]
    [InlineData("well, no", "=no")]
    [InlineData("probably not", "=no")]
    [InlineData("no live push needed", "=no")]
    [InlineData("live updates are not needed", "=no")]
    [InlineData("right now we don't need it", "=no")]
    [InlineData("request-response is all we do", "=no")]
    [InlineData("nope, we need chat", "ask:no|yes")]
    [InlineData("yes and no", "ask:yes|no")]
    [InlineData("maybe later", "x")]
    [InlineData("yeah, no", "ask:yes|no")]
    [InlineData("probably yes", "=yes")]
    [InlineData("yes, maybe", "ask:yes|no")]
    [InlineData("not now, maybe later", "ask:no|yes")]
    [InlineData("maybe", "x")]
    [InlineData("i don't know", "x")]
    [InlineData("not sure yet", "x")]
    [InlineData("purple elephants", "x")]
    [InlineData("does that matter?", "?")]
    [InlineData("yes?", "?")]
    [InlineData("the lobby shows who is online, so yes", "=yes")]
    [InlineData("all our pages poll every minute anyway so nah", "=no")]
    [InlineData("scores change every second, yep", "=yes")]
    [InlineData("we need websockets, so no", "ask:no|yes")]
    [InlineData("only email notifications, nothing live", "ask:yes|no")]
    [InlineData("we'd love live dashboards but it's not required", "=no")]
    [InlineData("yeah, live updates are kinda the whole point", "=yes")]
    [InlineData("instead of polling, websockets", "=yes")]
    [InlineData("users would hate it if the scores weren't live", "ask:no|yes")]
    [InlineData("rather than polling we push over websockets", "=yes")]
    [InlineData("switching from polling to websockets", "=yes")]
    [InlineData("yes, sort of essential", "=yes")]
    [InlineData("yeah, kind of", "ask:yes|no")]
    [InlineData("yes, kinda nice to have", "ask:yes|no")]
    [InlineData("no, only email notifications, nothing live", "=no")]
    [InlineData("nothing like that", "=no")]
    public void Realtime_ReadsPolarityFirst(string text, string expected)
    {
        Readings.AssertReads("node-or-python", "realtime", text, expected);
    }

    [Theory]
    [InlineData("admin", "we don't need an admin", "=no")]
    [InlineData("admin", "an admin is not needed", "=no")]
    [InlineData("admin", "without a back office", "=no")]
    [InlineData("admin", "yes please, a CMS", "=yes")]
    [InlineData("admin", "api only", "=no")]
    [InlineData("admin", "w/o an admin", "=no")]
    [InlineData("admin", "n/a", "=no")]
    [InlineData("admin", "idk", "x")]
    [InlineData("admin", "a back office isn't optional for us", "=yes")]
    [InlineData("admin", "yes, but no CMS", "ask:yes|no")]
    [InlineData("polyglot", "no problem, we can run both", "=yes")]
    [InlineData("polyglot", "one stack only", "=no")]
    [InlineData("polyglot", "happy to", "=yes")]
    [InlineData("realtime", "nope. perhaps a weekly digest, but nothing live", "=no")]
    [InlineData("realtime", "no, maybe later", "ask:no|yes")]
    [InlineData("polyglot", "not against it", "=yes")]
    [InlineData("polyglot", "no objection from our side", "=yes")]
    [InlineData("polyglot", "honestly the team is not averse to that", "=yes")]
    [InlineData("polyglot", "not against it, maybe later", "ask:yes|no")]
    [InlineData("admin", "no objections, support would use one", "=yes")]
    [InlineData("realtime", "very few if any, it is mostly reports", "=no")]
    [InlineData("admin", "little if any back office work", "=no")]
    [InlineData("realtime", "next to none, the odd status ping", "=no")]
    [InlineData("realtime", "hardly any push, it's request and response", "=no")]
    [InlineData("polyglot", "heck no, we finally got down to a single language", "=no")]
    [InlineData("polyglot", "god no, one runtime and one toolchain is plenty", "=no")]
    [InlineData("polyglot", "oh hell no, we merged our two codebases last year", "=no")]
    [InlineData("realtime", "hell yeah, live scores are the whole app", "=yes")]
    [InlineData("admin", "oh yes, support staff live in that back office", "=yes")]
    public void OtherYesNoQuestions_AreReadByTheirOwnSynonyms(string questionId, string text, string expected)
    {
        Readings.AssertReads("node-or-python", questionId, text, expected);
    }

    [Fact]
    public void Recorded_SaysWhatItRead()
    {
        var reading = Assert.IsType<Understood.Recorded>(Readings.Read("node-or-python", "admin", "we don't need an admin"));

        Assert.Contains("admin", reading.Read, StringComparison.Ordinal);
        Assert.InRange(reading.Confidence, Understood.RecordThreshold, 1);
    }
}
