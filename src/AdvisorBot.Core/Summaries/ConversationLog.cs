using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Summaries;

/// <summary>
/// What happened in a conversation, for its design-review digest: the decisions finished there and the questions
/// asked. One append-only list per conversation (a Teams channel's threads share their channel's): recording a
/// question or a decision is one insert, never a rewrite of the list; the newest <see cref="MaxEntries"/> of each
/// kind are kept, oldest first.
/// </summary>
public sealed class ConversationLog
{
    public const int MaxEntries = 200;

    /// <summary>The list's key prefix; logs from before the append-only list were state documents with the same keys.</summary>
    public const string KeyPrefix = "log/";
    public const string DecisionKind = "decision";
    public const string QuestionKind = "question";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public List<DecisionLogEntry> Decisions { get; set; } = [];
    public List<QuestionLogEntry> Questions { get; set; } = [];

    public static string KeyFor(Activity activity) => KeyFor(activity.ChannelId ?? string.Empty, activity.Conversation?.Id ?? string.Empty);

    public static string KeyFor(string channelId, string conversationId) => $"{KeyPrefix}{channelId}/{TurnContext.RootConversationId(conversationId)}";

    public static Task AddQuestionAsync(IAppendLog log, Activity activity, QuestionLogEntry entry, CancellationToken ct) =>
        log.AppendAsync(KeyFor(activity), QuestionKind, null, JsonSerializer.Serialize(entry, Json), MaxEntries, ct);

    /// <summary>Records a finished decision once: a session already in the log is not added again.</summary>
    public static Task AddDecisionAsync(IAppendLog log, Activity activity, DecisionLogEntry entry, CancellationToken ct) =>
        log.AppendAsync(KeyFor(activity), DecisionKind, entry.SessionId, JsonSerializer.Serialize(entry, Json), MaxEntries, ct);

    public static async Task<ConversationLog> ReadAsync(IAppendLog log, string channelId, string conversationId, CancellationToken ct)
    {
        var read = new ConversationLog();
        foreach (var entry in await log.ReadAsync(KeyFor(channelId, conversationId), ct).ConfigureAwait(false))
        {
            switch (entry.Kind)
            {
                case DecisionKind when JsonSerializer.Deserialize<DecisionLogEntry>(entry.Json, Json) is { } decision:
                    read.Decisions.Add(decision);
                    break;
                case QuestionKind when JsonSerializer.Deserialize<QuestionLogEntry>(entry.Json, Json) is { } question:
                    read.Questions.Add(question);
                    break;
            }
        }

        return read;
    }
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
