namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// A reply that describes what it needs in a choice's own concept words rather than its label: a webhook or a few
/// endpoints is a small API, templates are a site with pages, "less magic" is minimal structure, a demo day is a
/// deadline weeks away, code others can pick up later is maintenance, and "no framework" is the team's none;
/// transcoding or image processing is heavy computation, a decade at it is seasoned, and "lots" of structure or a
/// set folder layout is the full one.
/// </summary>
public sealed class ConceptWordReadingTests
{
    [Theory]
    [InlineData("python-framework", "service-shape", "it only has to accept webhooks from github", "=small-api")]
    [InlineData("python-framework", "service-shape", "server-rendered pages with jinja templates", "=full-site")]
    [InlineData("python-framework", "service-shape", "no website at all, a few endpoints for the mobile app", "=small-api")]
    [InlineData("python-framework", "service-shape", "just a tiny thing that receives callbacks", "=small-api")]
    [InlineData("node-framework", "nf-structure", "as little magic as we can get away with", "=minimal")]
    [InlineData("node-framework", "nf-structure", "no magic please, we like to see every line", "=minimal")]
    [InlineData("node-or-python", "time-to-market", "we pitch at demo day next month", "=mvp")]
    [InlineData("node-or-python", "priority", "the next team has to be able to pick up where we left off", "=maintenance")]
    [InlineData("python-framework", "framework-experience", "we write scripts, no framework at all", "=none")]
    [InlineData("node-framework", "nf-framework-experience", "plain node, no framework so far", "=none")]
    [InlineData("node-or-python", "workload", "mostly transcoding uploads", "=data")]
    [InlineData("node-or-python", "workload", "image processing pipelines", "=data")]
    [InlineData("node-or-python", "experience", "we've built backends for over a decade", "=seasoned")]
    [InlineData("node-or-python", "experience", "decades of backend between us", "=seasoned")]
    [InlineData("node-framework", "nf-structure", "plenty, we like a fixed folder layout", "=full")]
    [InlineData("node-framework", "nf-structure", "lots", "=full")]
    public void ConceptWords_NameTheirChoice(string decision, string question, string text, string expected)
    {
        Readings.AssertReads(decision, question, text, expected);
    }
}
