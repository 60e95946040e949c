namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A yes/no reply in parts that go different ways: two or more clauses open with a part of the whole ("a few …",
/// "some …", "most …", "the rest …"), and one of them is negated where another is not ("some pages do, most don't").
/// Neither the yes nor the no is the answer for the whole.
/// </summary>
public static class Parts
{
    private static readonly IReadOnlyList<string> Part =
    [
        "a few", "few", "some", "most", "many", "half", "a couple", "a handful", "several", "one", "others", "the rest",
        "the others", "a minority", "the majority", "a lot", "lots",
    ];

    public static bool GoBothWays(ReplyText reply)
    {
        var parts = reply.Clauses.Where(c => Phrases.LongestAt(c.Words, Phrases.AfterFillers(c.Words), Part) is not null).ToList();
        bool Negated(Clause c) => Enumerable.Range(0, c.Words.Count).Any(c.IsNegation);
        return parts.Count >= 2 && parts.Any(Negated) && parts.Any(c => !Negated(c));
    }
}
