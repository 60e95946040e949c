using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Knowledge.Tests.Ingestion;

/// <summary>Markdown structure the Markdig reader gets right, each passage checked at its cited range.</summary>
public sealed class MarkdownStructureTests
{
    private static SourceDocument Read(string text) => CitedRange.ReadChecked("guide.md", text);

    [Fact]
    public void NestedLists_GiveOneLinePerItem_WithoutMarkers()
    {
        var doc = Read("""
            # Stack

            ## Frameworks

            - Python
              - Django for **full** apps
              - FastAPI for
                async APIs
            - Node.js
              1. Express
              2. [NestJS](https://nestjs.com) for structure
            """);

        var frameworks = Assert.Single(doc.Passages, p => p.Section == "Frameworks");
        Assert.Equal(["Python", "Django for full apps", "FastAPI for async APIs", "Node.js", "Express", "NestJS for structure"], frameworks.Text.Split('\n'));
    }

    [Fact]
    public void Table_KeepsItsRowsTogether_WithCellsAsText()
    {
        var filler = "Throughput depends on the workload. " + string.Join(' ', Enumerable.Repeat("More context here.", 35));
        var rows = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"| Service {i} | {i * 1000} |"));
        var doc = Read($"# Figures\n\n## Throughput\n\n{filler}\n\n| Framework | Requests per **second** |\n|:---|---:|\n{rows}\n");

        var table = Assert.Single(doc.Passages, p => p.Text.Contains("Framework | Requests per second", StringComparison.Ordinal));
        var lines = table.Text.Split('\n');
        Assert.Equal(13, lines.Length);
        Assert.Equal("Service 12 | 12000", lines[^1]);
        Assert.DoesNotContain(doc.Passages, p => p.Text.Contains("---", StringComparison.Ordinal));
    }

    [Fact]
    public void SetextHeadings_AreHeadings()
    {
        var doc = Read("""
            Caching guide
            =============

            Why cache
            ---------

            Caches cut latency.
            """);

        Assert.Equal("Caching guide", doc.Title);
        var why = Assert.Single(doc.Passages);
        Assert.Equal("Why cache", why.Section);
        Assert.Equal("Caches cut latency.", why.Text);
    }

    [Fact]
    public void CodeBlocks_StayOutOfPassages_AndInlineMarkupIsStripped()
    {
        var doc = Read("""
            ## Install

            **Django** ships an [ORM](https://docs.djangoproject.com/) and `manage.py`, *batteries included*.

            ```bash
            pip install django
            ```

                python manage.py runserver

            Then open the admin.
            """);

        var install = Assert.Single(doc.Passages);
        Assert.Equal("Django ships an ORM and manage.py, batteries included.\nThen open the admin.", install.Text);
    }

    [Fact]
    public void BundledContent_EveryPassage_PointsAtItsTextInTheSourceFile()
    {
        var passages = CitedRange.AssertHoldsInFolder(Paths.Content);

        Assert.True(passages > 60, $"{passages} passages");
    }
}
