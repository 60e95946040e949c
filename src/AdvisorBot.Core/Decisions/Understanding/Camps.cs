namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A reply that speaks for two camps of people with their own views: a later clause opens with the others ("the rest
/// of us …", "the other half …", "everyone else …"), or two clauses open with opposed groups ("the senior devs …, the
/// juniors …", "the old team …, the new lead …"). What one camp wants is not yet the team's answer.
/// </summary>
public static class Camps
{
    private static readonly IReadOnlyList<string> Others =
    [
        "the rest", "rest of us", "the others", "others", "the other half", "other half", "everyone else", "everybody else",
        "the remainder", "the remaining", "anyone else",
    ];

    /// <summary>Words that set one group against another, in pairs.</summary>
    private static readonly IReadOnlyList<(string One, string Other)> Opposed =
    [
        ("old", "new"), ("senior", "junior"), ("seniors", "juniors"), ("former", "current"), ("previous", "current"),
        ("previous", "new"), ("backend", "frontend"),
    ];

    /// <summary>Whether the reply's clauses speak for two camps.</summary>
    public static bool Split(ReplyText reply)
    {
        var clauses = reply.Clauses;
        if (clauses.Skip(1).Any(c => Phrases.LongestAt(c.Words, Phrases.AfterFillers(c.Words), Others) is not null))
        {
            return true;
        }

        var groups = clauses.Select(Group).OfType<string>().ToList();
        return Opposed.Any(p => groups.Contains(p.One) && groups.Contains(p.Other));
    }

    /// <summary>The word for the group a clause opens with ("the old team" → "old"), if any.</summary>
    private static string? Group(Clause clause)
    {
        var at = Phrases.AfterFillers(clause.Words);
        if (at < clause.Words.Count && clause.Words[at].Compact is "the" or "our")
        {
            at++;
        }

        return at < clause.Words.Count ? clause.Words[at].Compact : null;
    }
}
