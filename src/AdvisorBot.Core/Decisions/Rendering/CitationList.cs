using System.Globalization;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Scoring;

namespace AdvisorBot.Core.Decisions.Rendering;

/// <summary>
/// Numbers citations in order of first use, for "[1][2]" markers next to reasons and a sources list at the end; and
/// words a reason the same way in every rendering (text, card, ADR).
/// </summary>
public sealed class CitationList
{
    private readonly List<Citation> _items = [];

    public IReadOnlyList<Citation> Items => _items;

    /// <summary>The markers for these citations, numbering any not seen before.</summary>
    public string Cite(IEnumerable<Citation> citations) =>
        string.Concat(citations.Select(c =>
        {
            if (!_items.Contains(c))
            {
                _items.Add(c);
            }

            return $"[{_items.IndexOf(c) + 1}]";
        }));

    /// <summary>"Question: answer (+3) — why", the way a reason reads wherever it is shown.</summary>
    public static string Reason(Contribution c)
    {
        var points = c.Delta.ToString("+0.#;−0.#", CultureInfo.InvariantCulture);
        var why = c.Reason is { Length: > 0 } r ? $" — {r}" : string.Empty;
        return $"{c.Question.Prompt.TrimEnd('?')}: {c.Answer} ({points}){why}";
    }

    /// <summary>The title a decision gives a cited article.</summary>
    public static string TitleOf(Decision decision, Citation citation) =>
        decision.Sources.FirstOrDefault(s => s.File == citation.Source)?.Title ?? citation.Source;
}
