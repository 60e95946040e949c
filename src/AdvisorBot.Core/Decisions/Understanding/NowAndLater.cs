using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A reply that says how things are now and then how they will or could be ("a handful now, thousands after the
/// launch", "none today but one is planned", "it starts as a small service but must take heavy load"), or an answer
/// and then what else it could be ("about 200, could be 2,000"): where the later part does not read as the same answer
/// as the first, both are offered back rather than either recorded. A later growth by a factor ("could 10x") offers the
/// step now and the one above.
/// </summary>
public static class NowAndLater
{
    private static readonly IReadOnlyList<string> Now = ["now", "currently", "today", "presently", "at the moment", "at present", "for now", "so far"];

    /// <summary>How a thing starts ("it starts as …", "at first"): what follows is how it goes on, later words or not.</summary>
    private static readonly IReadOnlyList<string> Start =
    [
        "starts as", "starts out", "starting as", "starting out", "start as", "start out", "at first", "initially", "to begin with",
        "to start with", "at launch", "in the beginning",
    ];

    /// <summary>A later clause opening this way says what else it could be ("about 200, could be 2,000 by spring").</summary>
    private static readonly IReadOnlyList<string> Otherwise = ["could be", "might be", "may be", "maybe", "perhaps", "possibly", "could", "might", "or maybe", "or"];

    private static readonly IReadOnlyList<string> Later =
    [
        "later", "after", "afterwards", "roadmap", "planned", "plan", "plans", "planning", "next", "soon", "eventually", "future",
        "will", "could", "once",
    ];

    /// <summary>Both readings offered back, or null where the reply does not set now against later or both agree.</summary>
    public static Understood? Read(Question question, ReplyText reply, Func<string, Understood> read)
    {
        var clauses = reply.Clauses.ToList();
        var start = clauses.FindIndex(c => Names(c, Start));
        var now = start >= 0 ? start : clauses.FindIndex(c => Names(c, Now));
        if (now < 0 || now == clauses.Count - 1 || (start < 0 && !clauses.Skip(now + 1).Any(c => Names(c, Later))))
        {
            return Alternative(question, reply, read);
        }

        var before = read(string.Join(", ", reply.Clauses.Take(now + 1).Select(c => c.Text)));
        var after = read(string.Join(", ", reply.Clauses.Skip(now + 1).Select(c => c.Text)));
        if (before is Understood.Recorded { Value.Scale: { } step } grown && step < Question.ScaleMax && clauses.Skip(now + 1).Any(Grows))
        {
            // "300 today, could triple after the launch": a growth factor is not a figure of its own; the later count is
            // a step up at least.
            return new Understood.Clarify([Offer(question, grown.Value), Offer(question, AnswerValue.OfScale(step + 1))], $"{grown.Read} now, and growing later");
        }

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

    /// <summary>
    /// An answer, then in a clause of its own what else it could be ("maybe 300, could be 3,000 if the pilot goes
    /// well"): where the two read as different answers, both are offered back; where the second part reads as nothing,
    /// the first stands.
    /// </summary>
    private static Understood.Clarify? Alternative(Question question, ReplyText reply, Func<string, Understood> read)
    {
        var at = reply.Clauses.Skip(1).ToList().FindIndex(c => Phrases.LongestAt(c.Words, 0, Otherwise) is not null) + 1;
        if (at <= 0)
        {
            return null;
        }

        var first = read(string.Join(", ", reply.Clauses.Take(at).Select(c => c.Text)));
        var other = read(string.Join(", ", reply.Clauses.Skip(at).Select(c => c.Text)));
        IReadOnlyList<Candidate>? others = other switch
        {
            Understood.Recorded two => [Offer(question, two.Value)],
            Understood.Clarify asked => asked.Candidates,
            _ => null,
        };
        if (first is not Understood.Recorded one || others is null || others.All(c => Same(c.Value, one.Value)))
        {
            return null;
        }

        return new Understood.Clarify([.. new[] { Offer(question, one.Value) }.Concat(others).DistinctBy(c => c.Label).Take(3)], $"{one.Read}, or otherwise something else");
    }

    /// <summary>Words of growth by a factor ("10x", "x5", "double", "tenfold").</summary>
    private static readonly IReadOnlySet<string> Growth = new HashSet<string>(StringComparer.Ordinal)
    {
        "double", "doubles", "doubling", "triple", "triples", "tripling", "quadruple", "tenfold", "hundredfold", "multiply", "grow", "grows",
        "explode", "explodes", "skyrocket",
    };

    /// <summary>Whether a clause says how much a count grows by rather than what it becomes ("could 10x", "may double").</summary>
    private static bool Grows(Clause clause) =>
        clause.Words.Any(w => Growth.Contains(w.Compact)
            || (w.Compact.Length > 1 && w.Compact[^1] == 'x' && w.Compact[..^1].All(char.IsAsciiDigit))
            || (w.Compact.Length > 1 && w.Compact[0] == 'x' && w.Compact[1..].All(char.IsAsciiDigit)));

    private static bool Same(AnswerValue a, AnswerValue b) => a.Scale == b.Scale && a.Choices.Order(StringComparer.Ordinal).SequenceEqual(b.Choices.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static bool Names(Clause clause, IReadOnlyList<string> words) =>
        Enumerable.Range(0, clause.Words.Count).Any(i => Phrases.LongestAt(clause.Words, i, words) is not null);

    private static Candidate Offer(Question question, AnswerValue value) => value.Scale is { } step && question.Scale is { } scale
        ? new Candidate(scale.LabelOf(step), value)
        : Candidate.Of([.. value.Choices.Select(id => question.FindChoice(id)).OfType<Choice>()]);
}
