namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Turns sentences into unit vectors whose dot product measures closeness of meaning, so a reply can be matched to
/// choices it shares no word with. The knowledge base's local embedding model implements it; without one, replies
/// are matched by their words alone.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>One unit vector per text, in order; null when no model is available.</summary>
    float[][]? Encode(IReadOnlyList<string> texts, CancellationToken ct);
}

/// <summary>No model: matching by words only.</summary>
public sealed class NoSentenceEncoder : ISentenceEncoder
{
    public static readonly NoSentenceEncoder Instance = new();

    public float[][]? Encode(IReadOnlyList<string> texts, CancellationToken ct) => null;
}
