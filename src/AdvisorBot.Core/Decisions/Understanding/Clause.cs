namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// One clause of a reply (cut at commas, semicolons, "but"…): its words, which of them sit in a phrase that negates
/// nothing ("no doubt"), and whether the clause says the user does not know.
/// </summary>
public sealed record Clause(IReadOnlyList<Word> Words, IReadOnlySet<int> NotNegating, bool Doubtful)
{
    public static Clause Of(IReadOnlyList<Word> words)
    {
        var notNegating = new HashSet<int>();
        foreach (var phrase in Lexicon.NotNegating)
        {
            foreach (var start in Phrases.Find(words, phrase))
            {
                notNegating.UnionWith(Enumerable.Range(start, Phrases.Length(phrase)));
            }
        }

        var doubtful = Lexicon.Doubt.Any(d => Phrases.Find(words, d).Any()) || Defers(words);
        return new Clause(words, notNegating, doubtful);
    }

    /// <summary>
    /// Whether the clause leaves the answer to something or someone else: it opens with "depends on" or "ask …"
    /// (after fillers, and after words of having to: "need to check with support", "we'd have to ask ops"), or with
    /// "whatever"/"whoever" and a verb of deciding ("whatever the platform team says").
    /// </summary>
    private static bool Defers(IReadOnlyList<Word> words)
    {
        var at = Phrases.AfterFillers(words);
        var deferring = at;
        while (deferring < words.Count && Lexicon.HavingTo.Contains(words[deferring].Compact))
        {
            deferring++;
        }

        return at < words.Count && (Phrases.LongestAt(words, at, Lexicon.Deferring) is not null
            || (deferring < words.Count && Phrases.LongestAt(words, deferring, Lexicon.Deferring) is not null)
            || (words[at].Compact is "whatever" or "whoever" && words.Skip(at + 1).Any(w => Lexicon.Deciding.Contains(w.Compact))));
    }

    public bool IsNegation(int index) => !NotNegating.Contains(index) && Lexicon.Negations.Contains(Words[index].Compact);

    public string Text => string.Join(' ', Words.Select(w => w.Text));
}
