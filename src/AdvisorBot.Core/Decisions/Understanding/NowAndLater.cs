using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A reply that says how things are now and then how they will or could be ("a handful now, thousands after the
/// launch", "none today but one is planned"): where the later part does not read as the same answer as the part about
/// now, both are offered back rather than either recorded.
/// </summary>
public static class NowAndLater
{
    private static readonly IReadOnlyList<string> Now = ["now", "currently", "today", "presently", "at the moment", "at present", "for now", "so far"];

    private static readonly IReadOnlyList<string> Later =
    [
        "later", "after", "afterwards", "roadmap", "planned", "plan", "plans", "planning", "next", "soon", "eventually", "future",
        "will", "could", "once",
    ];

    /// <summary>Both readings offered back, or null where the reply does not set now against later or both agree.</summary>
    public static Understood? Read(Question question, ReplyText reply, Func<string, Understood> read)
    {
        var now = reply.Clauses.ToList().FindIndex(c => Names(c, Now));
        if (now < 0 || now == reply.Clauses.Count - 1 || !reply.Clauses.Skip(now + 1).Any(c => Names(c, Later)))
        {
            return null;
        }

        var before = read(string.Join(", ", reply.Clauses.Take(now + 1).Select(c => c.Text)));
        var after = read(string.Join(", ", reply.Clauses.Skip(now + 1).Select(c => c.Text)));
        if (before is not Understood.Recorded current || (after is Understood.Recorded next && Same(next.Value, current.Value)))
        {
            return null;
        }

        var offered = new[] { Offer(question, current.Value) }.Concat(after switch
        {
            Understood.Recorded r => [Offer(question, r.Value)],
            Understood.Clarify c => c.Candidates,
            _ => [],
        });
        return new Understood.Clarify([.. offered.DistinctBy(c => c.Label).Take(3)], $"{current.Read} now, and otherwise later");
    }

    private static bool Same(AnswerValue a, AnswerValue b) => a.Scale == b.Scale && a.Choices.Order(StringComparer.Ordinal).SequenceEqual(b.Choices.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static bool Names(Clause clause, IReadOnlyList<string> words) =>
        Enumerable.Range(0, clause.Words.Count).Any(i => Phrases.LongestAt(clause.Words, i, words) is not null);

    private static Candidate Offer(Question question, AnswerValue value) => value.Scale is { } step && question.Scale is { } scale
        ? new Candidate(scale.LabelOf(step), value)
        : Candidate.Of([.. value.Choices.Select(id => question.FindChoice(id)).OfType<Choice>()]);
}
