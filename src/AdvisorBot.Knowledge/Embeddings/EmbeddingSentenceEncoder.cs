using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Knowledge.Embeddings;

/// <summary>
/// The knowledge base's embedding model as the decision dialog's sentence encoder, so typed answers can be matched to
/// choices by meaning. Null (words only) while the model is switched off or could not be loaded, or if it fails.
/// </summary>
public sealed class EmbeddingSentenceEncoder(EmbeddingModel model) : Core.Decisions.Understanding.ISentenceEncoder
{
    public float[][]? Encode(IReadOnlyList<string> texts, CancellationToken ct)
    {
        if (model.Embedder is not { } embedder)
        {
            return null;
        }

        try
        {
            return embedder.Embed(texts, ct);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            return null; // The model's own failures already show in /readyz; the reader falls back to words.
        }
    }
}
