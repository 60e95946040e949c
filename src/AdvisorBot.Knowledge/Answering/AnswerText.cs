using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AdvisorBot.Knowledge.Answering;

/// <summary>Picks the sentences that answer, and renders answers as plain text.</summary>
public static partial class AnswerText
{
    public const string NotCovered = "My sources don't cover that.";

    public static IReadOnlyList<string> Sentences(string text) =>
        [.. Sentence().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0)];

    /// <summary>The best one to three sentences of a passage for the question, in their original order.</summary>
    public static IReadOnlyList<string> BestSentences(string passage, HashSet<string> questionTerms, Func<string, HashSet<string>> analyze, int max = 3)
    {
        var sentences = Sentences(passage);
        if (sentences.Count <= 1)
        {
            return sentences;
        }

        var scored = sentences.Select((s, i) => (Index: i, Score: analyze(s).Count(questionTerms.Contains))).ToList();
        var best = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Index).First();
        var chosen = new SortedSet<int> { best.Index };
        foreach (var next in scored.Where(s => s.Score > 0 && s.Index != best.Index).OrderByDescending(s => s.Score).ThenBy(s => Math.Abs(s.Index - best.Index)))
        {
            if (chosen.Count >= max)
            {
                break;
            }

            chosen.Add(next.Index);
        }

        if (chosen.Count == 1 && best.Index + 1 < sentences.Count && sentences[best.Index].Length < 120)
        {
            chosen.Add(best.Index + 1);
        }

        return [.. chosen.Select(i => sentences[i])];
    }

    /// <summary>An FAQ answer as written, up to <paramref name="max"/> sentences.</summary>
    public static IReadOnlyList<string> FirstSentences(string text, int max) => [.. Sentences(text).Take(max)];

    public static string Render(KnowledgeAnswer answer)
    {
        var text = new StringBuilder();
        if (!answer.Answered)
        {
            text.Append(NotCovered);
            if (answer.Suggestions.Count > 0)
            {
                text.Append(" Did you mean:\n").AppendJoin('\n', answer.Suggestions.Select(s => $"- {s}"));
            }

            return text.ToString();
        }

        var source = answer.Source!;
        text.Append(answer.Text).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Source: {source.DocumentTitle} › {source.Section} ({source.DocumentPath}, characters {source.Start}–{source.Start + source.Length})\n");
        text.Append(CultureInfo.InvariantCulture, $"Confidence: {answer.Confidence:0.00}{(answer.Generative ? " (phrased by Azure OpenAI from the cited passages)" : string.Empty)}");
        if (answer.Related.Count > 0)
        {
            text.Append("\nYou might also ask: ").AppendJoin(" · ", answer.Related);
        }

        text.Append("\nWas this helpful? Say \"helpful\" or \"not helpful\".");
        return text.ToString();
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9“""(])|\n+")]
    private static partial Regex Sentence();
}
