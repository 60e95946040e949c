using System.Globalization;

namespace AdvisorBot.Core.Summaries;

/// <summary>The data of the design-review digest card (cards/digest.json).</summary>
public sealed record DigestCardData(
    string Scope,
    string DecisionCount,
    string AnsweredCount,
    string UnansweredCount,
    IReadOnlyList<DigestDecision> Decisions,
    string MoreDecisions,
    IReadOnlyList<DigestQuestion> Answered,
    IReadOnlyList<string> Unanswered,
    bool Empty)
{
    public const int MaxDecisions = 10;
    public const int MaxQuestions = 12;

    public static DigestCardData From(ConversationLog log, string scope)
    {
        var decisions = log.Decisions.AsEnumerable().Reverse().ToList();
        var answered = log.Questions.Where(q => q.Answered).Reverse().ToList();
        var unanswered = log.Questions.Where(q => !q.Answered).Select(q => q.Question).Distinct(StringComparer.OrdinalIgnoreCase).Reverse().ToList();
        return new DigestCardData(
            scope,
            decisions.Count.ToString(CultureInfo.InvariantCulture),
            answered.Count.ToString(CultureInfo.InvariantCulture),
            unanswered.Count.ToString(CultureInfo.InvariantCulture),
            [.. decisions.Take(MaxDecisions).Select(d => new DigestDecision(
                d.DecisionTitle, d.Recommended, d.Team ? "team" : "personal",
                d.FinishedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                string.Join(", ", d.Participants),
                d.Disagreements > 0 ? d.Disagreements.ToString(CultureInfo.InvariantCulture) : string.Empty))],
            decisions.Count > MaxDecisions ? $"and {decisions.Count - MaxDecisions} more decisions" : string.Empty,
            [.. answered.Take(MaxQuestions).Select(q => new DigestQuestion(q.Question, q.Source ?? string.Empty))],
            [.. unanswered.Take(MaxQuestions)],
            decisions.Count == 0 && log.Questions.Count == 0);
    }
}

public sealed record DigestDecision(string Title, string Recommended, string Kind, string When, string Participants, string Disagreements);

public sealed record DigestQuestion(string Question, string Source);
