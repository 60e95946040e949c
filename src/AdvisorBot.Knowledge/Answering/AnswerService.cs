using AdvisorBot.Knowledge.Index;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Knowledge.Answering;

/// <summary>
/// Answers a question from the index: the best FAQ entry or passage (fused from words and meaning) becomes a short
/// answer with its citation and confidence; below the threshold, "my sources don't cover that" with up to three close
/// questions. Never invents a source: every answer is text of an indexed passage. A message with no words to search
/// for (a greeting word, a number, an emoji) is never answered from the index.
/// </summary>
public sealed class AnswerService(KnowledgeIndex index, IOptions<KnowledgeOptions> options) : IDisposable
{
    private const int MaxSuggestions = 3;
    private readonly KnowledgeAnalyzer _analyzer = new();

    public KnowledgeAnswer Find(string question) => Find(index.Current, question, options.Value.ConfidenceThreshold);

    public KnowledgeAnswer Find(KnowledgeSearcher? searcher, string question, double threshold)
    {
        var terms = _analyzer.Terms(question);
        if (searcher is null || Core.Answers.SmallTalk.IsSmallTalk(question) || !HasSubstance(question, terms))
        {
            return KnowledgeAnswer.NotCovered(0, []);
        }

        var results = searcher.Retrieve(question);
        var hits = results.Hits;
        var confidence = Math.Round(ConfidenceModel.Of(hits, semantic: results.Semantic is not null), 2);
        if (hits.Count == 0 || confidence < threshold)
        {
            return KnowledgeAnswer.NotCovered(confidence, Suggestions(hits)) with { Hits = hits };
        }

        var best = hits[0];
        var quotes = AnswerSentences.Pick(best.Passage, terms, _analyzer.Terms, results.Semantic?.SentenceScores(best.Doc));
        if (quotes.Count == 0)
        {
            return KnowledgeAnswer.NotCovered(confidence, Suggestions(hits)) with { Hits = hits };
        }

        var related = hits.Skip(1).Where(h => h.Passage.IsFaq && h.Passage.Question != best.Passage.Question)
            .Select(h => h.Passage.Question!).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxSuggestions).ToList();
        return new KnowledgeAnswer(true, string.Join(' ', quotes), best.Passage, confidence, [], related) { Quotes = quotes, Hits = hits };
    }

    /// <summary>Whether a message has anything to look up: a searchable word of at least two letters.</summary>
    public static bool HasSubstance(string question, HashSet<string> terms) =>
        terms.Any(t => t.Count(char.IsLetter) >= 2) && question.Count(char.IsLetter) >= 3;

    public void Dispose() => _analyzer.Dispose();

    /// <summary>Close questions the sources do answer: FAQ questions among the hits, else the sections they come from.</summary>
    private static List<string> Suggestions(IReadOnlyList<SearchHit> hits) =>
    [
        .. hits.Select(h => h.Passage.Question ?? $"What do my sources say about \"{h.Passage.Section}\"?")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxSuggestions),
    ];
}
