namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// Replies that do not commit are asked back or reprompted, never recorded: a yes and a no for two parts of the
/// question, an answer left to someone or something else (also after "have to": "we'd have to check with legal"), a
/// yes or no beside a clause of doubt, a range across a step's bound, a headcount at a question of requests, a now and
/// a later that fall apart, a team in two halves; at a one-answer question, "both" beside one named choice, a reply in
/// parts ("some …, some …"), a second choice added later ("… too"), an answer and what else it could be ("around 300,
/// could be 3,000"), how it starts and how it goes on, and a choice named only in an aside about a few. A yes that says
/// it is done already ("we're already doing that"), an opening no before a subject of its own ("nah, it's all plain
/// HTTP"), a name hyphened to a word of degree ("prototype-heavy"), a name before a clause of purpose whose negation is
/// not about it ("dependency injection so nobody wires things by hand") still record.
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
    [InlineData("node-or-python", "admin", "we'd have to check with legal", "x")]
    [InlineData("node-or-python", "realtime", "gotta ask the product owner first", "x")]
    [InlineData("node-or-python", "admin", "not sure, the editors would like a CMS", "ask:yes|no")]
    [InlineData("node-or-python", "admin", "not certain, we may want one later", "ask:yes|no")]
    [InlineData("node-or-python", "polyglot", "we're already doing that, node in front and python behind", "=yes")]
    [InlineData("node-or-python", "operations", "whatever the platform team decides", "x")]
    [InlineData("node-or-python", "operations", "whoever runs ops picks it", "x")]
    [InlineData("node-or-python", "operations", "whatever our cloud team dictates", "x")]
    [InlineData("node-or-python", "operations", "whatever the hosting contract allows, we'd need to check", "x")]
    [InlineData("node-or-python", "admin", "let me look into it", "x")]
    [InlineData("node-or-python", "experience", "half are veterans, half just graduated", "ask:seasoned")]
    [InlineData("node-or-python", "polyglot", "we already do", "=yes")]
    [InlineData("node-or-python", "polyglot", "it already does", "=yes")]
    [InlineData("node-framework", "nf-team-size", "8-13", "ask:3|4")]
    [InlineData("node-framework", "nf-team-size", "7-9", "=3")]
    [InlineData("node-or-python", "peak-load", "roughly 30 engineers", "x")]
    [InlineData("node-or-python", "peak-load", "a dozen developers", "x")]
    [InlineData("node-or-python", "peak-load", "about 50 right now, 5000 after the launch", "ask:1|3")]
    [InlineData("node-or-python", "peak-load", "about 50 right now, 60 next year", "=1")]
    [InlineData("node-or-python", "peak-load", "about 40 today, could 5x once partners onboard", "ask:1|2")]
    [InlineData("node-or-python", "live-connections", "currently 3,000, expected to triple after the app store launch", "ask:2|3")]
    [InlineData("node-or-python", "ml", "none at the moment, but some light reporting is planned", "ask:none|some")]
    [InlineData("python-framework", "service-shape", "we'd need both a website and a partner API", "ask:full-site|small-api|throughput-api")]
    [InlineData("python-framework", "service-shape", "a website, not both", "=full-site")]
    [InlineData("node-or-python", "model-serving", "some live, some precomputed", "ask:batch")]
    [InlineData("node-or-python", "ml", "some reporting, some dashboards", "=some")]
    [InlineData("node-or-python", "operations", "docker for the web app, but the reports would need a celery queue too", "ask:worker-pools|containers")]
    [InlineData("node-or-python", "operations", "docker, and we run everything in containers too", "=containers")]
    [InlineData("node-or-python", "peak-load", "around 300, could be 3,000 if marketing delivers", "ask:2|3")]
    [InlineData("node-or-python", "peak-load", "around 300, maybe 350", "=2")]
    [InlineData("python-framework", "service-shape", "it starts out as an internal tool but the whole company will hit it", "ask:internal-tool")]
    [InlineData("node-or-python", "team-languages", "mainly elixir people, one or two know typescript", "x")]
    [InlineData("node-or-python", "time-to-market", "prototype-heavy, we harden it afterwards", "=prototype")]
    [InlineData("node-or-python", "time-to-market", "mvp-first or spike-first, can't pick", "ask:mvp|prototype")]
    [InlineData("node-framework", "nf-structure", "we want dependency injection so nobody wires things by hand", "=full")]
    [InlineData("node-framework", "nf-structure", "dependency injection is not something we want", "ask:minimal|plugins")]
    [InlineData("python-framework", "service-shape", "lots of traffic, json only", "=throughput-api")]
    [InlineData("node-or-python", "priority", "staying quick under load", "=performance")]
    [InlineData("node-or-python", "team-languages", "a team of pythonistas", "=python")]
    [InlineData("node-or-python", "workload", "either a crud backend or something else entirely", "ask:io")]
    [InlineData("node-or-python", "architecture", "either a monolith or a modular thing, still deciding", "ask:monolith")]
    [InlineData("node-or-python", "operations", "either is fine", "=no-preference")]
    public void AnUncommittedReply_IsNotRecorded_AndACommittedOneIs(string decision, string question, string text, string expected)
    {
        Readings.AssertReads(decision, question, text, expected);
    }
}
