using AdvisorBot.Knowledge.Index;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Knowledge.Tests.Index;

/// <summary>The index's life: built once per content version, rebuilt when content changes, the old one serving meanwhile.</summary>
public sealed class KnowledgeIndexTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "advisorbot-index-" + Guid.NewGuid().ToString("N"));

    private string Content => Path.Combine(_root, "content");
    private string IndexPath => Path.Combine(_root, "index");

    public KnowledgeIndexTests()
    {
        Directory.CreateDirectory(Content);
        File.WriteAllText(Path.Combine(Content, "a.md"), "# Alpha\n\n## Queues\n\nRabbitMQ routes messages between services.\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private KnowledgeIndex NewIndex() =>
        new(Options.Create(new KnowledgeOptions { ContentPath = Content, IndexPath = IndexPath }), NullLogger<KnowledgeIndex>.Instance);

    [Fact]
    public async Task UnchangedContent_IsNotIndexedAgain()
    {
        using (var first = NewIndex())
        {
            await first.EnsureBuiltAsync(CancellationToken.None);
            Assert.True(first.IsCurrent);
        }

        var built = Directory.GetDirectories(IndexPath).Single();
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(built, "READY"));

        using var second = NewIndex();
        await second.EnsureBuiltAsync(CancellationToken.None);

        Assert.Equal(built, Directory.GetDirectories(IndexPath).Single());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(built, "READY")));
        Assert.Equal("RabbitMQ routes messages between services.", second.Current!.Search("rabbitmq messages")[0].Passage.Text);
    }

    [Fact]
    public async Task ChangedContent_IsIndexedAgain_WhileThePreviousIndexKeepsServing()
    {
        using (var first = NewIndex())
        {
            await first.EnsureBuiltAsync(CancellationToken.None);
        }

        // A much larger content version: its build takes long enough to observe the old index serving.
        for (var i = 0; i < 1500; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(Content, $"doc-{i:0000}.md"), $"# Doc {i}\n\n## Part\n\nKafka topic {i} keeps ordered partitions of events.\n");
        }

        using var second = NewIndex();
        var building = second.EnsureBuiltAsync(CancellationToken.None);
        var sawPrevious = false;
        while (!building.IsCompleted)
        {
            if (second.Current is { } serving && !second.IsCurrent)
            {
                sawPrevious = true;
                Assert.Equal("RabbitMQ routes messages between services.", serving.Search("rabbitmq")[0].Passage.Text);
            }

            await Task.Delay(5);
        }

        await building;
        Assert.True(sawPrevious, "the previous index should serve while the new one is built");
        Assert.True(second.IsCurrent);
        Assert.NotEmpty(second.Current!.Search("kafka partitions"));
        Assert.Single(Directory.GetDirectories(IndexPath));
    }
}
