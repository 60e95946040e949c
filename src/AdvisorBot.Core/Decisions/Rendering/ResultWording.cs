using System.Globalization;
using AdvisorBot.Core.Decisions.Scoring;

namespace AdvisorBot.Core.Decisions.Rendering;

/// <summary>How a result's headline, decisiveness, tie-break and flip point read, the same in the text, the card and the ADR.</summary>
public static class ResultWording
{
    /// <summary>"Node.js", or for a tie "a tie between Python with Django and Python with FastAPI".</summary>
    public static string Headline(DecisionResult result) =>
        result.IsTie ? $"a tie between {ListOf(result.Tied.Select(o => o.Label))}" : result.Recommended.Label;

    /// <summary>"clear (lead of 9.5 points over Python with Flask)", or for a tie "a tie (7 points each)".</summary>
    public static string Decisiveness(DecisionResult result)
    {
        if (result.IsTie)
        {
            return $"a tie ({Points(result.Ranking[0].Score)} each)";
        }

        var runnerUp = result.Ranking.Skip(1).FirstOrDefault();
        var over = runnerUp is null ? string.Empty : $" over {runnerUp.Option.Label}";
        return $"{result.Decisiveness.ToString().ToLowerInvariant()} (lead of {Points(result.Margin)}{over})";
    }

    /// <summary>What would break a tie, or what would flip a win.</summary>
    public static string Change(DecisionResult result)
    {
        if (result.IsTie)
        {
            return "What would break the tie: " + TieBreak(result);
        }

        return "What would flip it: " + (result.FlipPoint is { } flip
            ? $"if \"{flip.Question.Prompt}\" were \"{flip.AlternativeAnswer}\" instead of \"{flip.CurrentAnswer}\", I would recommend {flip.NewRecommendation.Label}."
            : "no single answer change would change this recommendation.");
    }

    private static string TieBreak(DecisionResult result)
    {
        var carryOn = result.Decision.FollowUpFor(result.Recommended.Id) is { } next
            ? $" Until then I go on with {result.Recommended.Label}, listed first, and its follow-up; say back to change an answer."
            : string.Empty;
        return result.TieBreak switch
        {
            { FollowUp: { } followUp } => $"the follow-up decision, \"{followUp.Title}\", chooses between them next.",
            { Question: { } q, CurrentAnswer: null, Answer: { } answer, NewLeader: { } leader } =>
                $"an answer to \"{q.Prompt}\", left open: \"{answer}\" would put {leader.Label} ahead.{carryOn}",
            { Question: { } q, CurrentAnswer: { } current, Answer: { } answer, NewLeader: { } leader } =>
                $"if \"{q.Prompt}\" were \"{answer}\" instead of \"{current}\", {leader.Label} would lead.{carryOn}",
            _ => $"no single answer would break it.{carryOn}",
        };
    }

    public static string Points(double points) =>
        $"{points.ToString("0.#", CultureInfo.InvariantCulture)} point{(Math.Abs(points - 1) < 1e-9 ? string.Empty : "s")}";

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string ListOf(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 2 ? string.Join(" and ", list) : $"{string.Join(", ", list[..^1])} and {list[^1]}";
    }
}
