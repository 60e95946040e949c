using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Knowledge.Tests.Ingestion;

/// <summary>HTML pages as the AngleSharp reader sees them, each passage checked at its cited range of raw HTML.</summary>
public sealed class HtmlStructureTests
{
    private static SourceDocument Read(string text) => CitedRange.ReadChecked("page.html", text);

    [Fact]
    public void Boilerplate_IsDropped_AndDivsNestedListsAndTablesAreRead()
    {
        var doc = Read("""
            <!DOCTYPE html>
            <html><head><title>Hosting</title><style>p { color: red }</style></head>
            <body>
            <header><a href="/">Home</a> <a href="/blog">Blog</a></header>
            <nav><ul><li>Pricing</li><li>Docs</li></ul></nav>
            <main>
            <h1>Hosting Python</h1>
            <h2>Servers</h2>
            <div>Gunicorn runs <em>several</em> workers.</div>
            <ul><li>Uvicorn<ul><li>ASGI &amp; HTTP/2</li></ul></li></ul>
            <table><tr><th>Server</th><th>Model</th></tr><tr><td>Gunicorn</td><td>pre-fork</td></tr></table>
            <script>track("<p>page view</p>")</script>
            </main>
            <aside><p>Subscribe to our newsletter</p></aside>
            <footer><p>© 2026 Example Ltd</p></footer>
            </body></html>
            """);

        Assert.Equal("Hosting", doc.Title);
        var servers = Assert.Single(doc.Passages);
        Assert.Equal("Hosting Python › Servers", servers.Section);
        Assert.Equal(["Gunicorn runs several workers.", "Uvicorn", "ASGI & HTTP/2", "Server | Model", "Gunicorn | pre-fork"], servers.Text.Split('\n'));
    }

    [Fact]
    public void DefinitionListAndQuestionHeadings_BecomeFaqEntries()
    {
        var doc = Read("""
            <html><body><h1>Python web FAQ</h1>
            <h2>FAQ</h2>
            <dl>
              <dt>Does Django include an ORM?</dt><dd>Yes, it ships one.</dd>
              <dt>Is Flask async?</dt><dd><p>Partly, since version 2.0.</p></dd>
            </dl>
            <h3>Can FastAPI serve WebSockets?</h3><p>Yes, through Starlette.</p>
            </body></html>
            """);

        var faq = doc.Passages.Where(p => p.IsFaq).ToDictionary(p => p.Question!, p => p.Text);
        Assert.Equal(3, faq.Count);
        Assert.Equal("Yes, it ships one.", faq["Does Django include an ORM?"]);
        Assert.Equal("Partly, since version 2.0.", faq["Is Flask async?"]);
        Assert.Equal("Yes, through Starlette.", faq["Can FastAPI serve WebSockets?"]);
        Assert.All(doc.Passages, p => Assert.StartsWith("FAQ › ", p.Section, StringComparison.Ordinal));
    }
}
