using AdvisorBot.Knowledge.Index;

namespace AdvisorBot.Knowledge.Answering;

/// <summary>
/// How sure an answer is, from 0 to 1: a logistic model over what both retrievers say about the best hit. With the
/// embedding model: its semantic similarity, its lead over the best hit from another section, the rarity-weighted
/// share of the question it covers, FAQ question overlap (words) and similarity (meaning), whether BM25 agrees, and
/// the share of the question on words the sources never use. Without it (the model failed to load), the lexical features alone.
/// Weights are fitted on the fit split of the evaluation set only (bench: <c>-- calibrate</c>), never on the test split
/// the figures are reported on; the threshold is chosen on the fit split the same way.
/// </summary>
public static class ConfidenceModel
{
    /// <summary>[bias, similarity, semantic lead, coverage, FAQ overlap, BM25 agrees, unknown share, FAQ question similarity].</summary>
    public static double[] SemanticWeights { get; internal set; } = [-3.61, 2.81, 1.59, 1.83, -0.14, -0.23, -0.28, 0.76];

    /// <summary>[bias, coverage, FAQ question similarity, lexical lead × coverage] — the lexical-only model.</summary>
    public static readonly double[] LexicalWeights = [-1.05, 2.92, 2.48, 2.76];

    /// <summary>
    /// The default threshold: on the fit split the lowest bar whose wrong answers stay under 2 % of all questions
    /// (bench <c>-- calibrate</c> prints the trade-off for every bar).
    /// </summary>
    public const double DefaultThreshold = 0.55;

    public static double Of(IReadOnlyList<SearchHit> hits, bool semantic)
    {
        if (hits.Count == 0)
        {
            return 0;
        }

        var weights = semantic ? SemanticWeights : LexicalWeights;
        var features = semantic ? SemanticFeatures(hits) : LexicalFeatures(hits);
        // The lexical model was fitted (on the earlier, smaller set) for a bar of 0.6; keep its meaning at this bar.
        var shift = semantic ? 0 : LexicalShift;
        var z = weights[0];
        for (var i = 0; i < features.Length; i++)
        {
            z += weights[i + 1] * features[i];
        }

        return 1 / (1 + Math.Exp(-(z + shift)));
    }

    /// <summary>logit(0.55) − logit(0.6): moves the lexical model's bar of 0.6 onto the shared bar.</summary>
    private static readonly double LexicalShift = Math.Log(0.55 / 0.45) - Math.Log(0.6 / 0.4);

    public static double[] SemanticFeatures(IReadOnlyList<SearchHit> hits)
    {
        var best = hits[0];
        var rival = hits.Skip(1).Where(h => h.Passage.DocumentPath != best.Passage.DocumentPath || h.Passage.Section != best.Passage.Section)
            .Select(h => h.Cosine).DefaultIfEmpty(0).Max();
        return
        [
            best.Cosine,
            best.Cosine - rival,
            best.Coverage,
            best.QuestionCoverage,
            best.LexicalRank is >= 0 and <= 1 ? 1 : 0,
            best.UnknownShare,
            best.QuestionCosine,
        ];
    }

    /// <summary>
    /// Coverage of the question by the best hit, FAQ question similarity, and the best hit's relative lead over the
    /// next one scaled by its coverage (a lone hit on one common word leads by default, which must not count).
    /// </summary>
    public static double[] LexicalFeatures(IReadOnlyList<SearchHit> hits)
    {
        var best = hits[0];
        var lead = hits.Count > 1 && best.Score > 0 ? (best.Score - hits[1].Score) / best.Score : 1;
        return [best.Coverage, best.QuestionCoverage, lead * best.Coverage];
    }
}
