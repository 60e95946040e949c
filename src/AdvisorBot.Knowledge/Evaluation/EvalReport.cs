using System.Globalization;

namespace AdvisorBot.Knowledge.Evaluation;

/// <summary>The figures of one evaluation run over one corpus.</summary>
public sealed record EvalReport(
    string Corpus,
    int Answerable,
    int Unanswerable,
    double Top1,
    double Mrr5,
    double AnswerAccuracy,
    double AbstentionPrecision,
    double AbstentionRecall,
    IReadOnlyList<string> Misses)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Corpus}: {Answerable} answerable + {Unanswerable} unanswerable questions | top-1 {Top1:0.000} | MRR@5 {Mrr5:0.000} | " +
        $"answered correctly {AnswerAccuracy:0.000} | abstention precision {AbstentionPrecision:0.000} recall {AbstentionRecall:0.000}");
}
