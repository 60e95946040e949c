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
        text.Append(CultureInfo.InvariantCulture, $"Source: {Citation(source)}\n");
        text.Append(CultureInfo.InvariantCulture, $"Confidence: {answer.Confidence:0.00}{(answer.Generative ? " (phrased by Azure OpenAI from the cited passages)" : string.Empty)}");
        if (answer.Related.Count > 0)
        {
            text.Append("\nYou might also ask: ").AppendJoin(" · ", answer.Related);
        }

        text.Append("\nWas this helpful? Say \"helpful\" or \"not helpful\".");
        return text.ToString();
    }

    /// <summary>A citation a person reads: the document's title and the section, never a file name or offsets.</summary>
    public static string Citation(Ingestion.Passage source) =>
        string.Equals(source.Section, source.DocumentTitle, StringComparison.OrdinalIgnoreCase) ? source.DocumentTitle : $"{source.DocumentTitle} › {source.Section}";

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9“""(])|\n+")]
    private static partial Regex Sentence();
}
