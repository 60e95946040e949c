namespace AdvisorBot.Core.Answers;

/// <summary>Answers a free question from the bot's sources. The knowledge base plugs in here.</summary>
public interface IQuestionAnswerer
{
    Task<AnswerReply> AnswerAsync(string question, CancellationToken ct);
}

/// <summary>What the bot says, and which source passage it rests on (for the "was this helpful" signal), if any.</summary>
public sealed record AnswerReply(string Text, string? SourceId = null, double? Confidence = null);

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
