using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Knowledge.Answering;

/// <summary>
/// Picks the sentences of the best passage that answer the question: by meaning (each sentence's cosine to the
/// question, computed with the passage vectors) when the model is loaded, with shared words as a tie-breaker, else by shared words. Only sentences that read as statements
/// are quoted — never a heading, a source note or a lead-in to a list.
/// </summary>
public static class AnswerSentences
{
    private const int ShortSentence = 70;
    private const int FaqSentences = 3;
    private const double NeighbourMargin = 0.1;

    public static IReadOnlyList<string> Pick(Passage passage, HashSet<string> questionTerms, Func<string, HashSet<string>> analyze, float[]? sentenceScores)
    {
        var sentences = Embeddings.PassageVectors.QuotableSentences(passage);
        if (sentences.Count <= 1)
        {
            return sentences;
        }

        var lexical = sentences.Select(s => questionTerms.Count == 0 ? 0 : (double)analyze(s).Count(questionTerms.Contains) / questionTerms.Count).ToList();
        var scores = lexical;
        if (sentenceScores is not null && sentenceScores.Length == sentences.Count)
        {
            scores = [.. sentenceScores.Select((v, i) => v + (0.15 * lexical[i]))];
        }

        var best = Enumerable.Range(0, sentences.Count).MaxBy(i => scores[i]);
        var chosen = new SortedSet<int> { best };
        if (passage.IsFaq)
        {
            // An FAQ answer is written as the answer: it opens with the direct answer ("No.", "Neither is better in
            // general."), so it is quoted from the start, up to the sentence that best matches the question.
            for (var i = 0; i < Math.Min(sentences.Count, Math.Max(best + 1, FaqSentences)); i++)
            {
                chosen.Add(i);
            }
        }
        else if (Neighbour(best, scores) is { } next && scores[next] >= scores[best] - NeighbourMargin)
        {
            chosen.Add(next);
        }

        if (chosen.Count == 1 && sentences[best].Length < ShortSentence && best + 1 < sentences.Count)
        {
            chosen.Add(best + 1);
        }

        return [.. chosen.Select(i => sentences[i])];
    }

    private static int? Neighbour(int index, IReadOnlyList<double> scores)
    {
        var before = index - 1;
        var after = index + 1 < scores.Count ? index + 1 : (int?)null;
        return before < 0 ? after : after is null || scores[before] > scores[after.Value] ? before : after;
    }

    /// <summary>A sentence that states something: a few words, not a source note, not a heading or a list lead-in.</summary>
    public static bool Quotable(string sentence)
    {
        var s = sentence.Trim();
        return IsDirectAnswer(s) || (s.Length >= 20
            && s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4
            && !s.StartsWith("(Source", StringComparison.OrdinalIgnoreCase)
            && !s.StartsWith("Source:", StringComparison.OrdinalIgnoreCase)
            && !s.StartsWith("Sources:", StringComparison.OrdinalIgnoreCase)
            && !s.EndsWith(':')
            && s.Any(char.IsLower));
    }

    /// <summary>The opening of an FAQ answer that answers a yes/no question: "Yes.", "No.", "Not always."</summary>
    private static bool IsDirectAnswer(string s) =>
        s.Length <= 16 && s.EndsWith('.') && (s.StartsWith("Yes", StringComparison.Ordinal) || s.StartsWith("No", StringComparison.Ordinal));
}
