using AdvisorBot.Knowledge;
using AdvisorBot.Knowledge.Embeddings;
using AdvisorBot.Knowledge.Index;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>
/// The bundled model and the bundled content's index, made once per test run and shared by the hosts of the tests
/// that do not bring their own content: loading the model and embedding the content takes seconds, and every test
/// host would otherwise repeat it. The hosts still open the index and its vectors the way the bot does at start-up.
/// </summary>
public static class SharedKnowledge
{
    private static readonly Lazy<ITextEmbedder> Model = new(() => new Shared(new MiniLmLoader().Load()));
    private static readonly Lazy<string> Index = new(Build);

    /// <summary>A loader handing every host the one model (which no host disposes).</summary>
    public static IEmbedderLoader Loader { get; } = new SharedLoader();

    /// <summary>The index folder of the bundled content, built (with vectors) before the first host opens it.</summary>
    public static string IndexPath => Index.Value;

    private static string Build()
    {
        var path = Path.Combine(Path.GetTempPath(), "advisorbot-tests", "shared-index-" + Guid.NewGuid().ToString("N"));
        var options = Options.Create(new KnowledgeOptions { ContentPath = Path.Combine(AppContext.BaseDirectory, "content"), IndexPath = path });
        using var model = new EmbeddingModel(options, Loader, NullLogger<EmbeddingModel>.Instance);
        using var index = new KnowledgeIndex(options, model, NullLogger<KnowledgeIndex>.Instance);
        index.EnsureBuiltAsync(CancellationToken.None).GetAwaiter().GetResult();
        return path;
    }

    private sealed class SharedLoader : IEmbedderLoader
    {
        public ITextEmbedder Load() => Model.Value;
    }

    private sealed class Shared(ITextEmbedder inner) : ITextEmbedder
    {
        public string ModelId => inner.ModelId;
        public int Dimensions => inner.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct) => inner.Embed(texts, ct);
    }
}
