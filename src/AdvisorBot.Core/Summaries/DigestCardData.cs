using System.Globalization;
using AdvisorBot.Core.Answers;

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
        // A session is on record once per finished stage of its chain: the digest shows each session's latest entry.
        var decisions = log.Decisions.AsEnumerable().Reverse().DistinctBy(d => d.SessionId, StringComparer.Ordinal).ToList();
        var questions = log.Questions.Where(q => SmallTalk.Classify(q.Question) is SmallTalkKind.None).ToList();
        var answered = questions.Where(q => q.Answered).Reverse().ToList();
        var unanswered = questions.Where(q => !q.Answered).Select(q => q.Question).Distinct(StringComparer.OrdinalIgnoreCase).Reverse().ToList();
        return new DigestCardData(
            scope,
            decisions.Count.ToString(CultureInfo.InvariantCulture),
            answered.Count.ToString(CultureInfo.InvariantCulture),
            unanswered.Count.ToString(CultureInfo.InvariantCulture),
            [.. decisions.Take(MaxDecisions).Select(d => new DigestDecision(
                d.DecisionTitle, d.Recommended, d.Team ? "team" : "personal",
                d.FinishedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
                string.Join(", ", d.Participants),
                d.Disagreements > 0 ? d.Disagreements.ToString(CultureInfo.InvariantCulture) : string.Empty,
                Open(d)))],
            decisions.Count > MaxDecisions ? $"and {decisions.Count - MaxDecisions} more decisions" : string.Empty,
            [.. answered.Take(MaxQuestions).Select(q => new DigestQuestion(q.Question, q.Source ?? string.Empty))],
            [.. unanswered.Take(MaxQuestions)],
            decisions.Count == 0 && questions.Count == 0);
    }

    /// <summary>"Follow-up under way: … · Left open: …", or nothing.</summary>
    private static string Open(DecisionLogEntry d) => string.Join(" · ", new[]
    {
        d.UnderWay is { } next ? $"Follow-up under way: {next}" : null,
        d.Open.Count > 0 ? $"Left open: {string.Join("; ", d.Open)}" : null,
    }.OfType<string>());
}

public sealed record DigestDecision(string Title, string Recommended, string Kind, string When, string Participants, string Disagreements, string Open);

public sealed record DigestQuestion(string Question, string Source);
