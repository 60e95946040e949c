using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Knowledge.Tests.Ingestion;

/// <summary>"(Source: …)" notes ending a paragraph leave the quotable text and are kept as the passage's origins.</summary>
public sealed class SourceNoteTests
{
    [Fact]
    public void SourceNotes_AreCutFromTheText_AndKeptAsOrigins()
    {
        var text = """
            # Performance

            ## Throughput figures

            One comparison reports about 50,000 requests per second. Treat it as an indication.
            (Source: 000_8dcc6d59ae8f735f.txt, Section 2.)

            ## Raw speed

            Node.js runs on V8. (Sources: 001_38225ab66dd5e0a1.txt, Performance Comparison;
            000_8dcc6d59ae8f735f.txt, Section 5.)

            Python calls native libraries (NumPy, Pandas).

            (Source: 003_ce6c5a0f6025da39.txt.)
            """;

        var doc = DocumentReader.Read("performance.md", text);

        var throughput = Assert.Single(doc.Passages, p => p.Section == "Throughput figures");
        Assert.Equal("One comparison reports about 50,000 requests per second. Treat it as an indication.", throughput.Text);
        Assert.Equal(["000_8dcc6d59ae8f735f.txt, Section 2"], throughput.Origins);
        var speed = Assert.Single(doc.Passages, p => p.Section == "Raw speed");
        Assert.Equal("Node.js runs on V8.\nPython calls native libraries (NumPy, Pandas).", speed.Text);
        Assert.Equal(["001_38225ab66dd5e0a1.txt, Performance Comparison", "000_8dcc6d59ae8f735f.txt, Section 5", "003_ce6c5a0f6025da39.txt"], speed.Origins);
        Assert.All(doc.Passages, p => CitedRange.AssertHolds(text, p));
    }

    [Theory]
    [InlineData("Use several sources (logs and traces) when you debug.")]
    [InlineData("Two runtimes (Source code matters more than the runtime)")]
    [InlineData("Weigh the sources: (see Section 2) before choosing.")]
    public void OtherParentheses_AreKept(string paragraph)
    {
        var (text, origins) = SourceNote.Split(paragraph);

        Assert.Equal(paragraph, text);
        Assert.Empty(origins);
    }

    [Fact]
    public void BundledContent_QuotesNoSourceNotes_AndKeepsTheirOrigins()
    {
        var folder = new ContentFolder(Paths.Content);
        var passages = folder.Files().SelectMany(f => folder.Read(f).Passages).ToList();

        Assert.DoesNotContain(passages, p => p.Text.Contains("(Source", StringComparison.Ordinal));
        Assert.True(passages.Count(p => p.Origins.Count > 0) >= 25, $"{passages.Count(p => p.Origins.Count > 0)} passages with origins");
        Assert.All(passages.SelectMany(p => p.Origins), o => Assert.Matches(@"^\d{3}_[0-9a-f]{16}\.txt\b", o));
    }
}
