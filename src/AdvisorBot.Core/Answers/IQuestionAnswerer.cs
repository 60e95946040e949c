namespace AdvisorBot.Core.Answers;

/// <summary>Answers a free question from the bot's sources. The knowledge base plugs in here.</summary>
public interface IQuestionAnswerer
{
    Task<AnswerReply> AnswerAsync(string question, CancellationToken ct);
}

/// <summary>
/// What the bot says (<see cref="Text"/>, ready for plain-text channels) and the same answer in parts for a card:
/// the answer, its citation, confidence, suggestions when not covered, related questions.
/// </summary>
public sealed record AnswerReply(string Text, string? SourceId = null, double? Confidence = null)
{
    public bool Answered { get; init; }
    public string? Answer { get; init; }
    public AnswerCitation? Citation { get; init; }
    public bool Generative { get; init; }
    public IReadOnlyList<string>? Suggestions { get; init; }
    public IReadOnlyList<string>? Related { get; init; }
}

/// <summary>Where an answer came from: document title, section, and file with character range.</summary>
public sealed record AnswerCitation(string Title, string Section, string Location);

/// <summary>Stands in when no knowledge base is configured: says so plainly rather than guessing.</summary>
public sealed class KnowledgeBasePendingAnswerer : IQuestionAnswerer
{
    public const string Reply = "I can answer questions once the knowledge base is in; for now I can guide a decision (say \"decide\").";

    public Task<AnswerReply> AnswerAsync(string question, CancellationToken ct) => Task.FromResult(new AnswerReply(Reply));
}

public static class QuestionDetector
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "what", "what's", "whats", "why", "how", "which", "who", "when", "where", "can", "could", "does", "do", "is",
        "are", "should", "would", "will", "isn't", "doesn't", "compare", "explain", "tell",
    };

    /// <summary>Whether a message reads as a question rather than an answer or a command.</summary>
    public static bool LooksLikeQuestion(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('?'))
        {
            return true;
        }

        var first = trimmed.Split(' ', 2)[0].ToLowerInvariant();
        return trimmed.Contains(' ', StringComparison.Ordinal) && QuestionWords.Contains(first);
    }
}
