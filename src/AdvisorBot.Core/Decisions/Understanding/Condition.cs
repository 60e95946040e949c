namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A condition in a clause ("only if the budget comes through", "yes if we go multi-region", "as long as it stays
/// small"): what it is said of holds only if something else does, so it is not a commitment. Concessions ("even if"),
/// comparisons ("as if") and understatements of amount ("few if any", "rarely if ever") are not conditions, nor are
/// courtesies ("if that helps").
/// </summary>
public static class Condition
{
    public static bool In(Clause clause) =>
        Enumerable.Range(0, clause.Words.Count).Any(i => Phrases.LongestAt(clause.Words, i, Lexicon.Conditions) is not null
            && !(i > 0 && clause.Words[i - 1].Compact is "even" or "as" or "what")
            && Phrases.LongestAt(clause.Words, i, Lexicon.NotConditions) is null);
}
