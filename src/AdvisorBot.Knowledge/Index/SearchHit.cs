using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Knowledge.Index;

/// <summary>
/// A hit: the passage and its fused score, with what each retriever saw. <see cref="Coverage"/> is the share of the
/// question's terms the passage contains, weighted by rarity (a missing rare term, the topic itself, counts most);
/// <see cref="Cosine"/> is the semantic similarity of the question to the passage (its closest row: the whole text
/// or one of its sentences) and <see cref="QuestionCosine"/> to its FAQ question (both 0 without a model).
/// </summary>
public sealed record SearchHit(Passage Passage, float Score, double Coverage, double QuestionCoverage)
{
    /// <summary>The passage's number in its index.</summary>
    public int Doc { get; init; }

    public double Bm25 { get; init; }

    /// <summary>Rank among the lexical hits (0 = best), -1 when BM25 did not find it.</summary>
    public int LexicalRank { get; init; } = -1;

    /// <summary>Rank among the semantic hits (0 = best), -1 when not among them or without a model.</summary>
    public int VectorRank { get; init; } = -1;

    public double Cosine { get; init; }
    public double QuestionCosine { get; init; }

    /// <summary>The share of the question's weight on terms that no indexed passage contains.</summary>
    public double UnknownShare { get; init; }


}

/// <summary>The hits of one search, and its semantic scores (null without a model) for picking sentences by meaning.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, Embeddings.QuerySimilarity? Semantic)
{
    public static readonly SearchResults Empty = new([], null);
}
