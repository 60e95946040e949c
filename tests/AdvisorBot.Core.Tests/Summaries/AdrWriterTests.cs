using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.Summaries;
using AdvisorBot.Core.Tests.Decisions;

namespace AdvisorBot.Core.Tests.Summaries;

/// <summary>The decision record: proposed, its context from the answers, the chosen stack's consequences, notes quoted.</summary>
public sealed class AdrWriterTests
{
    private const string Path = "workload=io realtime=no ml=none team-languages=python experience=seasoned time-to-market=steady priority=maintenance admin=no peak-load=3 operations=process-manager polyglot=no";

    private static (string Adr, DialogProgress Progress) Write(string path, string? note, bool finishRoot = true)
    {
        var catalog = ShippedDecisions.Load();
        var decision = catalog.Get("node-or-python");
        var session = DecisionPathTests.Session(decision, path);
        session.Answers.Add(new AnswerRecord("u1", decision.Id, "architecture", [], null, null, true, DateTimeOffset.UnixEpoch));
        session.Answers.Add(new AnswerRecord("u1", decision.Id, "typing", [], null, null, true, DateTimeOffset.UnixEpoch));
        session.Answers.Add(new AnswerRecord("u1", decision.Id, "notes", [], null, note, note is null, DateTimeOffset.UnixEpoch));
        if (finishRoot)
        {
            session.Closed.AddRange(decision.Questions.Select(q => DialogProgress.Key(decision, q)));
        }

        var progress = DialogProgress.Of(session, catalog);
        return (AdrWriter.Write(progress.Results, session, null, progress.Pending), progress);
    }

    [Fact]
    public void Record_IsProposed_AndItsContextIsTheAnswersGiven()
    {
        var (adr, _) = Write(Path, "We must pass a security review.\nHiring is Python-only.");

        Assert.Contains("- Status: proposed (", adr, StringComparison.Ordinal);
        Assert.DoesNotContain("accepted (", adr, StringComparison.Ordinal);
        Assert.Contains("Ana answered 11 questions about the project:", adr, StringComparison.Ordinal);
        Assert.Contains("- What will the backend spend most of its time doing? **Serving many requests that mostly wait on I/O (databases, other APIs)**", adr, StringComparison.Ordinal);
        Assert.Contains("Left open (skipped or not answered): Which shapes will the system take?; How much static typing do you want?", adr, StringComparison.Ordinal);
        Assert.DoesNotContain("Up to sixteen short questions", adr, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_AreQuotedAsWritten_AndCiteNoSource()
    {
        var (adr, _) = Write(Path, "We must pass a security review.\nHiring is Python-only.");

        Assert.Contains("> We must pass a security review.\n> Hiring is Python-only.\n> — Ana", adr, StringComparison.Ordinal);
        Assert.DoesNotContain("Anything else the team should weigh", adr, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_GivesTheChosenStacksConsequencesRisksTradeOffsAndNextSteps_FromTheDecisionFile()
    {
        var (adr, progress) = Write(Path, null);
        var node = progress.Results[0].Recommended;

        Assert.Equal("node", node.Id);
        foreach (var heading in new[] { "### Consequences", "### Risks", "### Trade-offs", "### Next steps" })
        {
            Assert.Contains(heading, adr, StringComparison.Ordinal);
        }

        Assert.All(node.Record.Consequences.Concat(node.Record.Risks).Concat(node.Record.TradeOffs).Concat(node.Record.NextSteps),
            line => Assert.Contains($"- {line}\n", adr, StringComparison.Ordinal));
        Assert.Contains("Express, Fastify or NestJS", adr, StringComparison.Ordinal);
        Assert.Contains("websockets", adr, StringComparison.Ordinal);
    }

    [Fact]
    public void WhileTheFollowUpRuns_TheFirstDecisionIsOnRecord_AndTheRecordSaysTheFollowUpIsUnderWay()
    {
        var (adr, progress) = Write(Path, null);

        Assert.NotNull(progress.Pending);
        Assert.StartsWith("# ADR: Node.js or Python for our backend? → Node.js\n", adr, StringComparison.Ordinal);
        Assert.Contains("- Follow-up under way: \"Express, Fastify or NestJS?\", question 1 of 4;", adr, StringComparison.Ordinal);
    }

    [Fact]
    public void AGreetingTypedAsTheNote_IsNotCountedAsANote()
    {
        var (adr, progress) = Write(Path, "hello");

        Assert.Empty(progress.Results[0].Notes);
        Assert.DoesNotContain("Notes, as written", adr, StringComparison.Ordinal);
    }
}
