using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Knowledge.Tests.Ingestion;

public sealed class FormatIngestionTests
{
    [Fact]
    public void Markdown_FrontMatterHeadingsFaqAndOffsets()
    {
        var text = """
            ---
            title: "Caching guide"
            source: 002_e34d4e5da182d445.txt
            date: 2026-11-23
            ---

            # Caching guide

            ## Why cache

            Caches cut latency.
            They also cut cost.

            ## FAQ

            ### Does Redis persist data?

            It can, with snapshots or an append-only file.

            Q1: Is Memcached multi-threaded?
            A: Yes, it uses several threads.
            """;

        var doc = DocumentReader.Read("guides/caching.md", text);

        Assert.Equal("Caching guide", doc.Title);
        Assert.Equal("002_e34d4e5da182d445.txt", doc.Source);
        Assert.Equal("2026-11-23", doc.Date);
        var why = Assert.Single(doc.Passages, p => p.Section == "Why cache");
        Assert.Equal("Caches cut latency. They also cut cost.", TextSpans.Squash(why.Text));
        Assert.Equal("Caches cut latency.\nThey also cut cost.", text.Substring(why.Start, why.Length));
        var redis = Assert.Single(doc.Passages, p => p.Question == "Does Redis persist data?");
        Assert.Equal("FAQ › Does Redis persist data?", redis.Section);
        var memcached = Assert.Single(doc.Passages, p => p.Question == "Is Memcached multi-threaded?");
        Assert.Equal("Yes, it uses several threads.", memcached.Text);
    }

    [Fact]
    public void Markdown_LongSection_IsSplitByParagraph()
    {
        var paragraphs = Enumerable.Range(1, 6).Select(i => $"Paragraph {i} " + string.Join(' ', Enumerable.Repeat("words", 40)) + ".");
        var doc = DocumentReader.Read("long.md", "# Long\n\n## Body\n\n" + string.Join("\n\n", paragraphs));

        var body = doc.Passages.Where(p => p.Section == "Body").ToList();

        Assert.True(body.Count >= 3, $"{body.Count} passages");
        Assert.All(body, p => Assert.True(p.Text.Length <= PassageBuilder.TargetLength + 300));
        Assert.Equal(6, body.Sum(p => p.Text.Split('\n').Length));
    }

    [Fact]
    public void Html_HeadingsParagraphsListsAndEntities_WithScriptsDropped()
    {
        var html = """
            <html><head><title>Queues &amp; workers</title><script>var x = "<p>not text</p>";</script></head>
            <body><h1>Queues &amp; workers</h1>
            <h2>Celery</h2><p>Celery runs <b>background</b> tasks.</p>
            <ul><li>Retries</li><li>Schedules</li></ul>
            <h2>Can Celery use Redis?</h2><p>Yes, as a broker.</p>
            </body></html>
            """;

        var doc = DocumentReader.Read("queues.html", html);

        Assert.Equal("Queues & workers", doc.Title);
        var celery = Assert.Single(doc.Passages, p => p.Section == "Celery");
        Assert.Equal("Celery runs background tasks.\nRetries\nSchedules", celery.Text);
        Assert.DoesNotContain(doc.Passages, p => p.Text.Contains("not text", StringComparison.Ordinal));
        var faq = Assert.Single(doc.Passages, p => p.IsFaq);
        Assert.Equal("Can Celery use Redis?", faq.Question);
        Assert.Equal("Yes, as a broker.", HtmlReader.Clean(html.Substring(faq.Start, faq.Length)));
    }

    [Fact]
    public void BundledContent_HasAnFaqOfAtLeastThirtyPairs_AndFrontMatterEverywhere()
    {
        var folder = new ContentFolder(Paths.Content);
        var documents = folder.Files().Select(folder.Read).ToList();

        Assert.True(documents.Single(d => d.Path == "faq.md").Passages.Count(p => p.IsFaq) >= 30);
        Assert.All(documents, d =>
        {
            Assert.False(string.IsNullOrEmpty(d.Source), $"{d.Path} has no source");
            Assert.False(string.IsNullOrEmpty(d.Date), $"{d.Path} has no date");
        });
    }
}
