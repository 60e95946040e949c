namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>Finds lexicon phrases (space-separated compact words) in a run of words.</summary>
public static class Phrases
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> Split = new(StringComparer.Ordinal);

    public static int Length(string phrase) => phrase.Count(c => c == ' ') + 1;

    /// <summary>Where <paramref name="phrase"/> starts in <paramref name="words"/>, compared word by word in compact form.</summary>
    public static IEnumerable<int> Find(IReadOnlyList<Word> words, string phrase)
    {
        var parts = Parts(phrase);
        for (var start = 0; start + parts.Length <= words.Count; start++)
        {
            if (StartsAt(words, start, parts))
            {
                yield return start;
            }
        }
    }

    /// <summary>The longest of <paramref name="phrases"/> that <paramref name="words"/> start with at <paramref name="start"/>, if any.</summary>
    public static string? LongestAt(IReadOnlyList<Word> words, int start, IEnumerable<string> phrases) =>
        phrases.Where(p => StartsAt(words, start, Parts(p))).OrderByDescending(Length).FirstOrDefault();

    /// <summary>Where <paramref name="words"/> go on after the fillers they open with ("well", "I think", …).</summary>
    public static int AfterFillers(IReadOnlyList<Word> words)
    {
        var at = 0;
        while (at < words.Count && LongestAt(words, at, Lexicon.Fillers) is { } filler)
        {
            at += Length(filler);
        }

        return at;
    }

    private static string[] Parts(string phrase) => Split.GetOrAdd(phrase, p => p.Split(' '));

    private static bool StartsAt(IReadOnlyList<Word> words, int start, string[] parts)
    {
        if (start + parts.Length > words.Count)
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (words[start + i].Compact != parts[i])
            {
                return false;
            }
        }

        return true;
    }
}
