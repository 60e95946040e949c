using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Scoring;

/// <summary>The scored outcome of one decision: everything a renderer needs to explain and defend it.</summary>
public sealed record DecisionResult(
    Decision Decision,
    IReadOnlyList<OptionScore> Ranking,
    DecisionOption Recommended,
    string? SplitAdvice,
    double Margin,
    Decisiveness Decisiveness,
    FlipPoint? FlipPoint,
    IReadOnlyList<MemberLean> Members,
    IReadOnlyList<Disagreement> Disagreements,
    IReadOnlyList<MemberNote> Notes)
{
    /// <summary>The options that share the best score, when more than one does: the result is a tie.</summary>
    public IReadOnlyList<DecisionOption> Tied { get; init; } = [];

    /// <summary>For a tie, what would break it.</summary>
    public TieBreak? TieBreak { get; init; }

    /// <summary>The questions left open (skipped, or moved past without an answer) and the answers carried from earlier.</summary>
    public IReadOnlyList<Question> Open { get; init; } = [];

    public IReadOnlyList<Question> Carried { get; init; } = [];

    public bool IsTie => Tied.Count > 1;

    public OptionScore ScoreOf(string optionId) => Ranking.First(r => r.Option.Id == optionId);
}

public enum Decisiveness
{
    Tie,
    Close,
    Clear,
    Decisive,
}

/// <summary>How one answer moved one option's score, and the reason the decision file gives for moving that option.</summary>
public sealed record Contribution(Question Question, string Answer, double Delta, string? Reason)
{
    /// <summary>The option moved.</summary>
    public string OptionId { get; init; } = string.Empty;

    /// <summary>The sources of the reason: the choice's own citations, else its question's.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = Question.Citations;
}

/// <summary>An option's total and its strongest reasons for and against (each reason carries its question's citations).</summary>
public sealed record OptionScore(DecisionOption Option, double Score, IReadOnlyList<Contribution> For, IReadOnlyList<Contribution> Against, IReadOnlyList<Contribution> All);

/// <summary>The one answer that, changed, would flip the recommendation.</summary>
public sealed record FlipPoint(Question Question, string CurrentAnswer, string AlternativeAnswer, DecisionOption NewRecommendation);

/// <summary>
/// What would break a tie: the follow-up decision that chooses between the tied options, or one answer — to a
/// question left open (<see cref="CurrentAnswer"/> null), or changed — that would put <see cref="NewLeader"/> ahead.
/// </summary>
public sealed record TieBreak(Decision? FollowUp, Question? Question, string? CurrentAnswer, string? Answer, DecisionOption? NewLeader);

public sealed record MemberLean(string Name, DecisionOption Option, int Answered);

public sealed record Disagreement(Question Question, IReadOnlyList<(string Name, string Answer)> Answers);

public sealed record MemberNote(string Name, Question Question, string Note);
