using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Knowledge.Embeddings;

/// <summary>
/// The embedding model the knowledge base uses, loaded once in the background. When it is switched off or cannot be
/// loaded the bot answers lexically, says so once in the log, and reports it in /readyz's details.
/// </summary>
public sealed class EmbeddingModel(IOptions<KnowledgeOptions> options, IEmbedderLoader loader, ILogger<EmbeddingModel> logger) : IDisposable
{
    private readonly Lock _gate = new();
    private bool _loaded;
    private ITextEmbedder? _embedder;

    /// <summary>The model (loaded on first use), or null when answering is lexical only.</summary>
    public ITextEmbedder? Embedder
    {
        get
        {
            if (Volatile.Read(ref _loaded))
            {
                return _embedder;
            }

            lock (_gate)
            {
                if (!_loaded)
                {
                    _embedder = Load();
                    Volatile.Write(ref _loaded, true);
                }
            }

            return _embedder;
        }
    }

    /// <summary>What /readyz says about retrieval: the model in use, or why matching is lexical only.</summary>
    public string Status { get; private set; } = "embedding model not loaded yet";

    private ITextEmbedder? Load()
    {
        if (!options.Value.Embeddings.Enabled)
        {
            Status = "semantic matching switched off (Knowledge:Embeddings:Model is \"none\"); answering lexically";
            logger.LogInformation("Semantic matching is switched off; answering lexically");
            return null;
        }

        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var embedder = loader.Load();
            Status = $"semantic matching with {embedder.ModelId}";
            logger.LogInformation("Loaded the embedding model {Model} in {Ms} ms", embedder.ModelId, clock.ElapsedMilliseconds);
            return embedder;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Status = $"embedding model unavailable ({ex.GetType().Name}: {ex.Message}); answering lexically";
            logger.LogWarning("The embedding model could not be loaded ({Reason}); answering lexically", ex.Message);
            return null;
        }
    }

    public void Dispose()
    {
        (_embedder as IDisposable)?.Dispose();
    }
}
