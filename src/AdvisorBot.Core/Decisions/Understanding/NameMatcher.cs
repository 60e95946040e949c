using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Finds choices' names in a clause: word for word on stems, run together ("I/O bound" meets "io-bound"), a near miss
/// of a long single word ("kubernets"), a counted thing with a word between ("one django app"), or a figure of years
/// or seconds for a name that counts them ("10+ yrs" for "many years", "20s" for "slow calls"). A name inside a
/// longer name found at the same place gives way to it ("admin" inside "no admin"); within one choice the heaviest
/// names that do not overlap are kept.
/// </summary>
public static class NameMatcher
{
    private const int FuzzyMinLength = 6;

    /// <summary>Words that, hyphened to a name, say how much or in what order ("prototype-first", "python-heavy").</summary>
    private static readonly IReadOnlySet<string> Describing = new HashSet<string>(StringComparer.Ordinal)
    {
        "first", "heavy", "only", "based", "centric", "driven", "focused", "oriented", "style", "ish", "mostly", "powered", "backed",
    };

    public static IReadOnlyList<NameMatch> Find(ChoiceNames names, Clause clause)
    {
        var words = clause.Words;
        var found = new List<NameMatch>();
        foreach (var name in names.Names)
        {
            for (var start = 0; start < words.Count; start++)
            {
                if ((MatchLength(name, words, start) ?? SingleWithGap(name, words, start) ?? CountedNames.MatchLength(name, words, start) ?? Compound(name, words[start])) is { } length)
                {
                    found.Add(new NameMatch(name, start, length, Fuzzy: false));
                }
                else if (IsNearMiss(name, words[start]))
                {
                    found.Add(new NameMatch(name, start, 1, Fuzzy: true));
                }
            }
        }

        var outer = found.Where(m => !found.Any(o => m.StrictlyInside(o))).ToList();
        var kept = new List<NameMatch>();
        foreach (var group in outer.GroupBy(m => m.Name.Choice.Id))
        {
            foreach (var match in group.OrderByDescending(m => m.Weight).ThenByDescending(m => m.Length))
            {
                if (!kept.Any(k => k.Name.Choice.Id == group.Key && k.Start < match.End && match.Start < k.End))
                {
                    kept.Add(match);
                }
            }
        }

        return [.. kept.OrderBy(m => m.Start)];
    }

    /// <summary>How many words from <paramref name="start"/> spell the name, or null.</summary>
    private static int? MatchLength(ChoiceName name, IReadOnlyList<Word> words, int start)
    {
        var joined = string.Empty;
        for (var length = 1; length <= name.Stems.Count + 1 && start + length <= words.Count; length++)
        {
            joined += words[start + length - 1].Stem;
            if (joined.Length > name.Joined.Length)
            {
                return null;
            }

            if (joined == name.Joined && (length == name.Stems.Count || joined.Length >= 4))
            {
                return length;
            }
        }

        return null;
    }

    /// <summary>
    /// "one django app" for "one app", "a single python service" for "single service": a two-word name that counts one
    /// thing may take one describing word between its words (not a stopword, negation or number: "one more service"
    /// is not "one service").
    /// </summary>
    private static int? SingleWithGap(ChoiceName name, IReadOnlyList<Word> words, int start)
    {
        if (name.Stems.Count != 2 || start + 2 >= words.Count || words[start].Compact is not ("one" or "single") || words[start].Stem != name.Stems[0])
        {
            return null;
        }

        var gap = words[start + 1];
        return words[start + 2].Stem == name.Stems[1] && !gap.IsNumber && !Lexicon.Stopwords.Contains(gap.Compact) && !Lexicon.Negations.Contains(gap.Compact)
            ? 3
            : null;
    }

    /// <summary>
    /// "prototype-first", "python-heavy", "api-only": a name joined by a hyphen to a word that only says how much or in
    /// what order names it. Words that turn it around ("python-free", "non-blocking") are not among them.
    /// </summary>
    private static int? Compound(ChoiceName name, Word word)
    {
        var dash = word.Text.LastIndexOf('-');
        if (dash <= 0 || dash == word.Text.Length - 1 || !Describing.Contains(word.Text[(dash + 1)..]))
        {
            return null;
        }

        return Words.Make(word.Text[..dash]).Stem == name.Joined ? 1 : null;
    }

    private static bool IsNearMiss(ChoiceName name, Word word)
    {
        if (name.Stems.Count != 1 || name.Joined.Length < FuzzyMinLength || word.Stem.Length < FuzzyMinLength - 1
            || word.Stem == name.Joined || Lexicon.Stopwords.Contains(word.Compact) || Lexicon.Negations.Contains(word.Compact)
            || Math.Abs(word.Stem.Length - name.Joined.Length) > 2)
        {
            return false;
        }

        return TextMatching.Distance(word.Stem, name.Joined) <= (name.Joined.Length >= 10 ? 2 : 1);
    }
}
