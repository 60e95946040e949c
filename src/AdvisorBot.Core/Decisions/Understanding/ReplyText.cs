using System.Text.RegularExpressions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A typed reply read once: its words, cut into clauses at commas, semicolons and words such as "but", so that a
/// negation reaches only its own clause ("no ML in the API, a separate service"). Phrases that exclude what follows
/// ("rather than", "except", "moving away from") start a clause of their own that reads as a negation; in "moving
/// from X to Y" only X is.
/// </summary>
public sealed partial class ReplyText
{
    private ReplyText(string text, string lower, IReadOnlyList<Clause> clauses)
    {
        Text = text;
        Lower = lower;
        Clauses = clauses;
    }

    /// <summary>The reply as typed, trimmed.</summary>
    public string Text { get; }

    /// <summary>The reply in lower case, as <see cref="Words.Lower"/> makes it.</summary>
    public string Lower { get; }

    public IReadOnlyList<Clause> Clauses { get; }

    public IReadOnlyList<Word> AllWords => [.. Clauses.SelectMany(c => c.Words)];

    public bool IsEmpty => Clauses.All(c => c.Words.Count == 0);

    public static ReplyText Of(string text)
    {
        var trimmed = text.Trim();
        var lower = Words.Lower(trimmed);
        var mark = $", {Lexicon.ExcludingMark} ";
        var marked = Excluding.Replace(Migration().Replace(lower, $"{mark}$1, $2"), mark);
        var clauses = Breaks().Split(marked)
            .Select(part => Words.Of(part))
            .Where(words => words.Count > 0)
            .Select(Clause.Of)
            .ToList();
        return new ReplyText(trimmed, lower, clauses);
    }

    private static readonly Regex Excluding = new(
        $@"\b(?:{string.Join('|', Lexicon.ExcludingPhrases.OrderByDescending(p => p.Length).Select(Regex.Escape))})\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "moving from a monolith to microservices": what is left behind is not the answer, where it goes is.
    [GeneratedRegex(@"\b(?:moving|move|migrating|migrate|switching|switch|transitioning|porting)\s+(?:away\s+)?(?:from|off)\b(?!\s*\d)([^,;.]*?)\b(?:to|into|towards|onto)\b([^,;.]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Migration();

    // A comma between digits in groups of three ("2,000") is part of a number, not a break.
    // "nor" starts a clause and stays in it: "neither microservices nor serverless" negates each once.
    [GeneratedRegex(@",(?!\d{3}(?!\d))|[;:!?()\[\]]|\.(?=\s|$)|\s[-–—]+\s|\b(?:but|though|although|however|whereas)\b|(?=\bnor\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Breaks();
}
