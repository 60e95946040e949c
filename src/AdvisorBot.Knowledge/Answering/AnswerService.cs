using AdvisorBot.Knowledge.Index;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Knowledge.Answering;

/// <summary>
/// Answers a question from the index: the best FAQ entry or passage becomes a short answer with its citation and
/// confidence; below the threshold, "my sources don't cover that" with up to three close questions. Never invents a
/// source: every answer is text of an indexed passage.
/// </summary>
public sealed class AnswerService(KnowledgeIndex index, IOptions<KnowledgeOptions> options) : IDisposable
{
    private const int MaxSuggestions = 3;
    private readonly KnowledgeAnalyzer _analyzer = new();

    public KnowledgeAnswer Find(string question) => Find(index.Current, question, options.Value.ConfidenceThreshold);

    public KnowledgeAnswer Find(KnowledgeSearcher? searcher, string question, double threshold)
    {
        var hits = searcher?.Search(question) ?? [];
        var confidence = Math.Round(ConfidenceModel.Of(hits), 2);
        if (hits.Count == 0 || confidence < threshold)
        {
            return KnowledgeAnswer.NotCovered(confidence, Suggestions(hits));
        }

        var best = hits[0];
        var terms = _analyzer.Terms(question);
        var quotes = best.Passage.IsFaq
            ? AnswerText.FirstSentences(best.Passage.Text, 3)
            : AnswerText.BestSentences(best.Passage.Text, terms, _analyzer.Terms);
        var related = hits.Skip(1).Where(h => h.Passage.IsFaq && h.Passage.Question != best.Passage.Question)
            .Select(h => h.Passage.Question!).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxSuggestions).ToList();
        return new KnowledgeAnswer(true, string.Join(' ', quotes), best.Passage, confidence, [], related) { Quotes = quotes };
    }

    public void Dispose() => _analyzer.Dispose();

    /// <summary>Close questions the sources do answer: FAQ questions among the hits, else the sections they come from.</summary>
    private static List<string> Suggestions(IReadOnlyList<SearchHit> hits) =>
    [
        .. hits.Select(h => h.Passage.Question ?? $"What do my sources say about \"{h.Passage.Section}\"?")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxSuggestions),
    ];
}
