using AdvisorBot.Knowledge.Embeddings;
using AdvisorBot.Knowledge.Index;
using AdvisorBot.Knowledge.Tests.Support;
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

    private readonly CountingEmbedder _model = new(SharedModel.Embedder);

    private KnowledgeIndex NewIndex(string? content = null)
    {
        var options = Options.Create(new KnowledgeOptions { ContentPath = content ?? Content, IndexPath = IndexPath });
        return new(options, new EmbeddingModel(options, new FixedLoader(_model), NullLogger<EmbeddingModel>.Instance), NullLogger<KnowledgeIndex>.Instance);
    }

    [Fact]
    public async Task Vectors_AreStoredBesideTheIndex_AndLoadedWithoutEmbeddingAgain()
    {
        using (var first = NewIndex())
        {
            await first.EnsureBuiltAsync(CancellationToken.None);
            Assert.NotNull(first.Current!.Embedder);
        }

        var built = Directory.GetDirectories(IndexPath).Single();
        Assert.Single(Directory.GetFiles(built, "vectors-*.bin"));
        var embeddedAtBuild = _model.Texts;
        Assert.True(embeddedAtBuild > 0);

        using var second = NewIndex();
        await second.EnsureBuiltAsync(CancellationToken.None);

        Assert.Equal(embeddedAtBuild, _model.Texts);
        var hit = second.Current!.Search("which message broker moves messages between services?")[0];
        Assert.Equal(embeddedAtBuild + 1, _model.Texts); // only the question
        Assert.True(hit.Cosine > 0.3, $"cosine {hit.Cosine}");
        Assert.Equal("RabbitMQ routes messages between services.", hit.Passage.Text);
    }

    [Fact]
    public async Task AnotherModel_GetsItsOwnVectors_AndForeignVectorsAreNeverUsed()
    {
        using (var first = NewIndex())
        {
            await first.EnsureBuiltAsync(CancellationToken.None);
        }

        var built = Directory.GetDirectories(IndexPath).Single();
        var file = Directory.GetFiles(built, "vectors-*.bin").Single();

        Assert.Null(PassageVectors.Load(file, "another-model@1", File.ReadAllText(Path.Combine(built, "READY"))));
        Assert.Null(PassageVectors.Load(file, _model.ModelId, "another-content-hash"));
        Assert.NotNull(PassageVectors.Load(file, _model.ModelId, File.ReadAllText(Path.Combine(built, "READY"))));
    }

    private sealed class FixedLoader(ITextEmbedder embedder) : IEmbedderLoader
    {
        public ITextEmbedder Load() => embedder;
    }

    private sealed class CountingEmbedder(ITextEmbedder inner) : ITextEmbedder
    {
        private int _texts;

        public int Texts => Volatile.Read(ref _texts);
        public string ModelId => inner.ModelId;
        public int Dimensions => inner.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct)
        {
            Interlocked.Add(ref _texts, texts.Count);
            return inner.Embed(texts, ct);
        }
    }

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

    [Fact]
    public async Task TwoInstancesBuildingTheSameContentAtOnce_BothServe_AndOneIndexIsPublished()
    {
        using var one = NewIndex();
        using var two = NewIndex();

        await Task.WhenAll(Task.Run(() => one.EnsureBuiltAsync(CancellationToken.None)), Task.Run(() => two.EnsureBuiltAsync(CancellationToken.None)));

        var published = Assert.Single(Directory.GetDirectories(IndexPath));
        Assert.Equal(one.ContentVersion, Path.GetFileName(published));
        Assert.Equal(one.ContentVersion, two.ContentVersion);
        foreach (var index in new[] { one, two })
        {
            Assert.True(index.IsCurrent);
            Assert.Equal(published, index.Current!.Path);
            Assert.Equal("RabbitMQ routes messages between services.", index.Current.Search("rabbitmq messages")[0].Passage.Text);
        }
    }

    [Fact]
    public async Task AnInstanceOnNewContent_KeepsTheIndexAnotherInstanceServes_AndRemovesItOnceNobodyDoes()
    {
        using var old = NewIndex();
        await old.EnsureBuiltAsync(CancellationToken.None);
        var served = old.Current!.Path;
        var newer = Path.Combine(_root, "content-v2");
        Directory.CreateDirectory(newer);
        await File.WriteAllTextAsync(Path.Combine(newer, "b.md"), "# Beta\n\n## Streams\n\nKafka keeps ordered partitions of events.\n");

        using (var upgraded = NewIndex(newer))
        {
            await upgraded.EnsureBuiltAsync(CancellationToken.None);

            Assert.NotEqual(old.ContentVersion, upgraded.ContentVersion);
            Assert.True(Directory.Exists(served), "the index another instance serves must stay");
            Assert.Equal("RabbitMQ routes messages between services.", old.Current!.Search("rabbitmq messages")[0].Passage.Text);
            Assert.Equal(2, Directory.GetDirectories(IndexPath).Length);
        }

        old.Dispose();
        File.Delete(Path.Combine(newer, "b.md"));
        await File.WriteAllTextAsync(Path.Combine(newer, "c.md"), "# Gamma\n\n## Caches\n\nRedis keeps hot keys in memory.\n");
        using var third = NewIndex(newer);
        await third.EnsureBuiltAsync(CancellationToken.None);

        Assert.Equal([third.Current!.Path], Directory.GetDirectories(IndexPath));
    }
}
