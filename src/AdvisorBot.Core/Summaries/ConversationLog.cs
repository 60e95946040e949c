using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Answers;
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

    /// <summary>Records a question asked of the knowledge base; greetings and other small talk are not questions.</summary>
    public static Task AddQuestionAsync(IAppendLog log, Activity activity, QuestionLogEntry entry, CancellationToken ct) =>
        SmallTalk.Classify(entry.Question) is not SmallTalkKind.None
            ? Task.CompletedTask
            : log.AppendAsync(KeyFor(activity), QuestionKind, null, JsonSerializer.Serialize(entry, Json), MaxEntries, ct);

    /// <summary>
    /// Records a finished decision once per stage of its chain and outcome: the same session at the same point is not
    /// added again (a redelivered turn), a follow-up's finish is. Readers keep each session's latest entry.
    /// </summary>
    public static Task AddDecisionAsync(IAppendLog log, Activity activity, DecisionLogEntry entry, CancellationToken ct) =>
        log.AppendAsync(KeyFor(activity), DecisionKind, entry.Stage <= 1 && entry.UnderWay is null ? entry.SessionId : $"{entry.SessionId}/{entry.Stage}/{entry.Recommended}", JsonSerializer.Serialize(entry, Json), MaxEntries, ct);

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
    DateTimeOffset FinishedAt)
{
    /// <summary>How many decisions of the session's chain were finished when this entry was written.</summary>
    public int Stage { get; init; } = 1;

    /// <summary>The questions left open (skipped, or moved past unanswered).</summary>
    public IReadOnlyList<string> Open { get; init; } = [];

    /// <summary>The follow-up decision still running when this entry was written, if any.</summary>
    public string? UnderWay { get; init; }
}

/// <summary>A question asked of the knowledge base, and whether the sources answered it.</summary>
public sealed record QuestionLogEntry(string Question, bool Answered, string? Source, string Asker, DateTimeOffset At);
