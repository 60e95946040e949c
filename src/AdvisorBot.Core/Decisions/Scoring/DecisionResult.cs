using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Scoring;

/// <summary>The scored outcome of one decision: everything a renderer needs to explain and defend it.</summary>
public sealed record DecisionResult(
    Decision Decision,
    IReadOnlyList<OptionScore> Ranking,
    DecisionOption Recommended,
    string? RuleApplied,
    double Margin,
    Decisiveness Decisiveness,
    FlipPoint? FlipPoint,
    IReadOnlyList<MemberLean> Members,
    IReadOnlyList<Disagreement> Disagreements,
    IReadOnlyList<MemberNote> Notes)
{
    public OptionScore ScoreOf(string optionId) => Ranking.First(r => r.Option.Id == optionId);
}

public enum Decisiveness
{
    Close,
    Clear,
    Decisive,
}

/// <summary>How one answer moved one option's score.</summary>
public sealed record Contribution(Question Question, string Answer, double Delta, string? Reason);

/// <summary>An option's total and its strongest reasons for and against (each reason carries its question's citations).</summary>
public sealed record OptionScore(DecisionOption Option, double Score, IReadOnlyList<Contribution> For, IReadOnlyList<Contribution> Against, IReadOnlyList<Contribution> All);

/// <summary>The one answer that, changed, would flip the recommendation.</summary>
public sealed record FlipPoint(Question Question, string CurrentAnswer, string AlternativeAnswer, DecisionOption NewRecommendation);

public sealed record MemberLean(string Name, DecisionOption Option, int Answered);

public sealed record Disagreement(Question Question, IReadOnlyList<(string Name, string Answer)> Answers);

public sealed record MemberNote(string Name, Question Question, string Note);
