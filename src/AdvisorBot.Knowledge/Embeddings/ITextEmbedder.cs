namespace AdvisorBot.Knowledge.Embeddings;

/// <summary>
/// Turns text into unit-length vectors whose dot product measures closeness of meaning. The local model is the
/// default; another model (or a cloud embedding service) replaces it behind this interface.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model and its version: vectors made by another model are never compared with these.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>One unit vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct);
}
