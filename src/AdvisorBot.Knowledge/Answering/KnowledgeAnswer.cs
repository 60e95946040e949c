using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Knowledge.Answering;

/// <summary>
/// An answer from the sources, or an honest "not covered": the short answer, the passage it came from (document,
/// section and character range), a calibrated confidence, suggestions when abstaining, related questions otherwise.
/// </summary>
public sealed record KnowledgeAnswer(
    bool Answered,
    string Text,
    Passage? Source,
    double Confidence,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<string> Related,
    bool Generative = false)
{
    /// <summary>The sentences of the source the extractive answer quotes, each verbatim from the cited passage.</summary>
    public IReadOnlyList<string> Quotes { get; init; } = [];

    /// <summary>What the search found, best first (empty when nothing was searched), for callers that need the passages too.</summary>
    public IReadOnlyList<Index.SearchHit> Hits { get; init; } = [];

    public static KnowledgeAnswer NotCovered(double confidence, IReadOnlyList<string> suggestions) =>
        new(false, AnswerText.NotCovered, null, confidence, suggestions, []);
}
