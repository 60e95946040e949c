namespace AdvisorBot.Knowledge.Index;

/// <summary>
/// Orders the candidates of both retrievers. Lexically, BM25 re-ranked by rarity-weighted coverage (BM25 alone lets
/// one strongly matching word beat a passage that answers every part of the question). With a model, a weighted
/// blend of the semantic similarity and the normalised lexical score; the weight was chosen on the fit split of the
/// evaluation set (bench: <c>-- eval</c>).
/// </summary>
public static class HitFusion
{
    public const double CoverageFloor = 0.25;

    /// <summary>The weight of meaning against words in the fused score.</summary>
    public static double SemanticWeight { get; internal set; } = 0.8;

    public static IReadOnlyList<SearchHit> Rank(IReadOnlyList<SearchHit> hits, bool semantic)
    {
        var bestBm25 = hits.Count > 0 ? Math.Max(hits.Max(h => h.Bm25), 1e-9) : 1;
        double Lexical(SearchHit h) => h.Bm25 <= 0 ? 0 : h.Bm25 / bestBm25 * (CoverageFloor + h.Coverage) / (CoverageFloor + 1);

        var lexicalRank = hits.Where(h => h.Bm25 > 0).OrderByDescending(Lexical).Select((h, i) => (h.Doc, i)).ToDictionary(x => x.Doc, x => x.i);
        var vectorRank = semantic
            ? hits.OrderByDescending(h => h.Cosine).Select((h, i) => (h.Doc, i)).ToDictionary(x => x.Doc, x => x.i)
            : [];
        var weight = semantic ? SemanticWeight : 0;
        return
        [
            .. hits.Select(h => h with
                {
                    Score = (float)((weight * h.Cosine) + ((1 - weight) * Lexical(h))),
                    LexicalRank = lexicalRank.GetValueOrDefault(h.Doc, -1),
                    VectorRank = vectorRank.GetValueOrDefault(h.Doc, -1),
                })
                .OrderByDescending(h => h.Score),
        ];
    }
}
