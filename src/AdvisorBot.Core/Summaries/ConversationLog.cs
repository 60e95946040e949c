using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Summaries;

/// <summary>
/// What happened in a conversation, for its design-review digest: the decisions finished there and the questions
/// asked. One document per conversation (a Teams channel's threads share their channel's), newest last, capped.
/// </summary>
public sealed class ConversationLog
{
    public const int MaxEntries = 200;

    public List<DecisionLogEntry> Decisions { get; set; } = [];
    public List<QuestionLogEntry> Questions { get; set; } = [];

    public static string KeyFor(Activity activity) =>
        $"log/{activity.ChannelId}/{TurnContext.RootConversationId(activity.Conversation?.Id ?? string.Empty)}";

    public static string KeyFor(string channelId, string conversationId) => $"log/{channelId}/{TurnContext.RootConversationId(conversationId)}";

    public static Task AppendAsync(IStateStore store, Activity activity, Action<ConversationLog> change, CancellationToken ct) =>
        store.UpdateAsync<ConversationLog>(KeyFor(activity), log =>
        {
            log ??= new ConversationLog();
            change(log);
            if (log.Decisions.Count > MaxEntries)
            {
                log.Decisions.RemoveRange(0, log.Decisions.Count - MaxEntries);
            }

            if (log.Questions.Count > MaxEntries)
            {
                log.Questions.RemoveRange(0, log.Questions.Count - MaxEntries);
            }

            return log;
        }, ct);
}

/// <summary>A finished decision: where its full session is kept, and the headline for the digest.</summary>
public sealed record DecisionLogEntry(
    string SessionId,
    string HistoryKey,
    string DecisionTitle,
    string Recommended,
    bool Team,
    IReadOnlyList<string> Participants,
    int Disagreements,
    DateTimeOffset FinishedAt);

/// <summary>A question asked of the knowledge base, and whether the sources answered it.</summary>
public sealed record QuestionLogEntry(string Question, bool Answered, string? Source, string Asker, DateTimeOffset At);
