using System.Globalization;

namespace AdvisorBot.Knowledge.Evaluation;

/// <summary>The figures of one evaluation run over one corpus and one split.</summary>
public sealed record EvalReport(
    string Corpus,
    string Split,
    int Answerable,
    int Unanswerable,
    int AnsweredRight,
    int AbstainedRight,
    int WrongAnswers,
    int RetrievedRight,
    IReadOnlyList<string> Misses)
{
    public int Questions => Answerable + Unanswerable;

    /// <summary>Each question's confidence and whether the answer it would get without a bar is right: the reliability data.</summary>
    public IReadOnlyList<(double Confidence, bool Right)> Points { get; init; } = [];

    /// <summary>Answerable questions answered with a quote holding the fact.</summary>
    public double AnswerAccuracy => Answerable == 0 ? 0 : (double)AnsweredRight / Answerable;

    /// <summary>Uncovered questions the bot said it could not answer.</summary>
    public double AbstentionRate => Unanswerable == 0 ? 0 : (double)AbstainedRight / Unanswerable;

    /// <summary>Answers stated as answers that are wrong, over all questions.</summary>
    public double WrongAnswerRate => Questions == 0 ? 0 : (double)WrongAnswers / Questions;

    /// <summary>Answerable questions whose best hit holds the fact (retrieval alone, whatever the confidence).</summary>
    public double Top1 => Answerable == 0 ? 0 : (double)RetrievedRight / Answerable;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Corpus}/{Split}: {Answerable} answerable + {Unanswerable} uncovered | answered correctly {AnswerAccuracy:P1} ({AnsweredRight}/{Answerable}) | " +
        $"abstained on uncovered {AbstentionRate:P1} ({AbstainedRight}/{Unanswerable}) | wrong answers {WrongAnswerRate:P1} of all ({WrongAnswers}) | top-1 holds the fact {Top1:P1}");
}
