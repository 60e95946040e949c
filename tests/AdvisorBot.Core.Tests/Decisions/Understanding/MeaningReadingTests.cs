using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// Meaning decides only where words leave a reply open, records only a clear match, offers back a close one, and
/// is never asked about a reply with a negation. The encoder here has set vectors; the real model's readings are
/// tested in the knowledge tests.
/// </summary>
public sealed class MeaningReadingTests
{
    private const string ProcessManager = "A few long-running processes under a manager like PM2";
    private const string WorkerPools = "Web workers plus background worker pools (e.g. Celery)";
    private const string Containers = "Small containers or functions that start fast";
    private const string NoPreference = "No preference";

    private static TableEncoder Encoder() => new(new Dictionary<string, float[]>(StringComparer.Ordinal)
    {
        [ProcessManager] = [1, 0, 0, 0],
        [WorkerPools] = [0, 1, 0, 0],
        [Containers] = [0, 0, 1, 0],
        [NoPreference] = [0, 0, 0, 1],
        // Clearly the process manager (cosine 0.89 against 0.45).
        ["on bare metal boxes"] = TableEncoder.Along(0.9f, 0, 0.45f, 0),
        // Between containers and worker pools: offered, not recorded.
        ["the platform team decides"] = TableEncoder.Along(0, 0.42f, 0.45f, 0),
        // A word names the process manager weakly; meaning agrees, or disagrees.
        ["something long-running"] = TableEncoder.Along(0.7f, 0.2f, 0, 0),
        ["long-running lambdas"] = TableEncoder.Along(0.1f, 0, 0.9f, 0),
    });

    [Fact]
    public void ClearMeaning_IsRecorded_WhereNoWordMatches()
    {
        var reader = new AnswerReader(Encoder());

        var reading = Assert.IsType<Understood.Recorded>(reader.Read(Readings.Shipped("node-or-python", "operations"), "on bare metal boxes"));

        Assert.Equal(["process-manager"], reading.Value.Choices);
        Assert.InRange(reading.Confidence, Understood.RecordThreshold, 1);
        Assert.Contains("closest in meaning", reading.Read, StringComparison.Ordinal);
    }

    [Fact]
    public void CloseMeanings_AreOffered_NotRecorded()
    {
        var reading = new AnswerReader(Encoder()).Read(Readings.Shipped("node-or-python", "operations"), "the platform team decides");

        Assert.Equal("ask:containers|worker-pools", Readings.Of(reading));
    }

    [Fact]
    public void WeakWords_AreSettledByMeaning_WhenItAgrees()
    {
        Assert.Equal("ask:process-manager", Readings.Of(AnswerReader.WordsOnly.Read(Readings.Shipped("node-or-python", "operations"), "something long-running")));

        var reading = new AnswerReader(Encoder()).Read(Readings.Shipped("node-or-python", "operations"), "something long-running");

        Assert.Equal("=process-manager", Readings.Of(reading));
    }

    [Fact]
    public void WordsThatDoNotTellTheCandidatesApart_LeaveMeaningToClearItsOwnBar()
    {
        // "backend" is a word of both "Mostly new to backend work" and "Seasoned backend engineers": the words tie, so
        // a lead of 0.1 in meaning (enough to confirm the words' own choice) is too little to pick one.
        var encoder = new TableEncoder(new Dictionary<string, float[]>(StringComparer.Ordinal)
        {
            ["Mostly new to backend work"] = [1, 0, 0],
            ["Some experience"] = [0, 1, 0],
            ["Seasoned backend engineers"] = [0, 0, 1],
            ["doing backend for years"] = TableEncoder.Along(0.75f, 0.1f, 0.65f),
        });

        var reading = new AnswerReader(encoder).Read(Readings.Shipped("node-or-python", "experience"), "doing backend for years");

        Assert.Equal("ask:new|seasoned", Readings.Of(reading));
    }

    [Fact]
    public void AWeakChoiceBesideAClearOne_IsAdded_OnlyWhenMeaningPutsItClearlyAheadOfTheRest()
    {
        // "monolith" names a choice clearly, "api" weakly; meaning puts the gateway well ahead of microservices and
        // serverless (0.45 against 0.26) in one reply, and level with them in the other.
        var encoder = new TableEncoder(new Dictionary<string, float[]>(StringComparer.Ordinal)
        {
            ["An API gateway or backend-for-frontend"] = [1, 0, 0, 0],
            ["Microservices"] = [0, 1, 0, 0],
            ["Serverless functions"] = [0, 0, 1, 0],
            ["One well-structured monolith"] = [0, 0, 0, 1],
            ["a thin api in front of the monolith"] = TableEncoder.Along(0.45f, 0.26f, 0.15f, 0.34f),
            ["the monolith and its api"] = TableEncoder.Along(0.30f, 0.28f, 0.1f, 0.6f),
        });
        var reader = new AnswerReader(encoder);
        var question = Readings.Shipped("node-or-python", "architecture");

        Assert.Equal("=gateway,monolith", Readings.Of(reader.Read(question, "a thin api in front of the monolith")));
        Assert.Equal("ask:gateway,monolith|monolith", Readings.Of(reader.Read(question, "the monolith and its api")));
    }

    [Fact]
    public void WordsAndMeaningDisagreeing_AreBothOffered()
    {
        var reading = new AnswerReader(Encoder()).Read(Readings.Shipped("node-or-python", "operations"), "long-running lambdas");

        Assert.Equal("ask:process-manager|containers", Readings.Of(reading));
    }

    [Fact]
    public void ClearWords_NeverAskMeaning_AndNegationsNeither()
    {
        var encoder = Encoder();
        var reader = new AnswerReader(encoder);
        var question = Readings.Shipped("node-or-python", "operations");

        Assert.Equal("=containers", Readings.Of(reader.Read(question, "docker on kubernetes")));
        Assert.Equal("x", Readings.Of(reader.Read(question, "we don't want bare metal boxes")));

        Assert.Empty(encoder.Encoded);
    }

    [Fact]
    public void LabelVectors_AreEncodedOncePerQuestion()
    {
        var encoder = Encoder();
        var reader = new AnswerReader(encoder);
        var question = Readings.Shipped("node-or-python", "operations");

        reader.Read(question, "on bare metal boxes");
        reader.Read(question, "the platform team decides");
        reader.Read(question, "on bare metal boxes");

        Assert.Equal(1, encoder.Encoded.Count(t => t == ProcessManager));
        Assert.Equal(2, encoder.Encoded.Count(t => t == "on bare metal boxes"));
    }
}
