using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A reply to a one-answer question that says two things, though the words named only one choice clearly: it says
/// "both" with one choice named ("both a site and an API"), it comes in parts ("some live, some overnight"), or a later
/// clause adds a second choice as needed too ("containers for the web side, but the jobs would need a queue too").
/// The recorded reading is only one of the two, so the choices the reply named are offered back instead.
/// </summary>
public static class TwoAnswers
{
    private static readonly IReadOnlySet<string> Partitive = new HashSet<string>(StringComparer.Ordinal) { "half", "some", "part", "partly" };

    public static Understood.Clarify? Read(Question question, ReplyText reply, Understood.Recorded recorded, WordEvidence evidence)
    {
        if (question.Kind != QuestionKind.Single || recorded.Value.Choices.Count != 1 || IsCombination(question, recorded.Value.Choices[0]))
        {
            return null;
        }

        var id = recorded.Value.Choices[0];
        if (SaysBoth(reply) && evidence.Positive.Count(s => s.Strong) == 1)
        {
            // "both a site and an API": one choice named, and "both" says there is another.
            return Offer(question, id, evidence.Positive.Select(s => s.Choice.Id), $"{recorded.Read}, and \"both\"");
        }

        if (InParts(reply, evidence, id))
        {
            return Offer(question, id, evidence.Positive.Select(s => s.Choice.Id), $"{recorded.Read}, in parts");
        }

        var added = evidence.Clauses.Where(c => Adds(c.Clause))
            .SelectMany(c => c.Mentions).Where(m => m.Outright).Select(m => m.Choice.Id).ToHashSet(StringComparer.Ordinal);
        var elsewhere = evidence.Clauses.Where(c => !Adds(c.Clause)).SelectMany(c => c.Mentions)
            .Where(m => m.Outright && !added.Contains(m.Choice.Id)).Select(m => m.Choice.Id).ToList();
        if (added.Count > 0 && elsewhere.Count > 0)
        {
            // "k8s for the web part, but the jobs need a queue too": each part its own choice, the second one added.
            return Offer(question, id, added.Concat(elsewhere), $"{recorded.Read}, with another added");
        }

        return null;
    }

    /// <summary>"both" said of what the reply names, not "not both" or "both of us".</summary>
    private static bool SaysBoth(ReplyText reply) =>
        reply.Clauses.Any(c => Enumerable.Range(0, c.Words.Count).Any(i => c.Words[i].Compact == "both"
            && !(i > 0 && c.IsNegation(i - 1)) && !(i + 2 < c.Words.Count && c.Words[i + 1].Compact == "of" && c.Words[i + 2].Compact is "us" or "them" or "you")));

    /// <summary>
    /// Two or more clauses opening with the same word of a part ("half …, half …", "some …, some …"), not each naming
    /// the choice read ("some reports, some dashboards" is one answer twice).
    /// </summary>
    private static bool InParts(ReplyText reply, WordEvidence evidence, string id) =>
        reply.Clauses.Where(c => c.Words is [var first, _, ..] && Partitive.Contains(first.Compact))
            .GroupBy(c => c.Words[0].Compact)
            .Any(g => g.Count() >= 2 && (g.Key == "half" || !g.All(c => evidence.Clauses.Any(r => ReferenceEquals(r.Clause, c) && r.Mentions.Any(m => m.Choice.Id == id && !m.Negated)))));

    /// <summary>A clause that adds to what came before: it ends in "too" or "as well", or says "also" or "on top".</summary>
    private static bool Adds(Clause clause)
    {
        var words = clause.Words;
        return (words.Count > 1 && words[^1].Compact == "too")
            || (words.Count > 2 && words[^2].Compact == "as" && words[^1].Compact == "well")
            || words.Any(w => w.Compact == "also")
            || Phrases.Find(words, "on top").Any()
            || Phrases.Find(words, "in addition").Any();
    }

    private static bool IsCombination(Question question, string id) =>
        ChoiceNames.For(question).Combination?.Id == id
        || (question.FindChoice(id) is { } choice && Words.Of(choice.Label) is [{ Compact: "mix" or "both" }, ..] or [{ Compact: "a" }, { Compact: "mix" }, ..]);

    private static Understood.Clarify Offer(Question question, string id, IEnumerable<string> others, string read) =>
        new([.. new[] { id }.Concat(others).Distinct(StringComparer.Ordinal).Take(3)
            .Select(c => question.FindChoice(c)).OfType<Choice>().Select(c => new Candidate(c.Label, AnswerValue.OfChoice(c.Id)))], read);
}
