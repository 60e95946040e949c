namespace AdvisorBot.Core.Answers;

/// <summary>The last answer given to someone, kept so "helpful" / "not helpful" can be tied to it.</summary>
public sealed record LastAnswer(string Question, string? SourceId, double? Confidence, DateTimeOffset At);

/// <summary>One "was this helpful" signal, recorded for tuning the answers later.</summary>
public sealed record AnswerFeedback(string Question, string? SourceId, double? Confidence, bool Helpful, string UserId, string ConversationId, DateTimeOffset At);
