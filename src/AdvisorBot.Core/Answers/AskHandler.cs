using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Cards.Data;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;
using AdvisorBot.Core.Summaries;

namespace AdvisorBot.Core.Answers;

/// <summary>
/// Questions for the knowledge base (typed, "ask …", or the "ask" card button), answered with their source, and
/// "helpful" / "not helpful" (typed or from the answer card) recorded as feedback on the last answer.
/// </summary>
public sealed class AskHandler(IQuestionAnswerer answerer, IStateStore store, IAppendLog log, CardRenderer cards, TimeProvider time)
{
    /// <summary>Answers a question for the sources (the dispatcher has told it from small talk and commands).</summary>
    public Task AnswerQuestionAsync(TurnContext turn, string question, CancellationToken ct) =>
        AnswerAsync(turn, answerer, store, log, cards, time, question, ct);

    /// <summary>Answers (as text or an answer card), remembers the answer for feedback and logs the question for the digest.</summary>
    public static async Task<AnswerReply> AnswerAsync(
        TurnContext turn, IQuestionAnswerer answerer, IStateStore store, IAppendLog log, CardRenderer cards, TimeProvider time, string question, CancellationToken ct)
    {
        var reply = await answerer.AnswerAsync(question, ct).ConfigureAwait(false);
        if (reply.SourceId is not null)
        {
            var last = new LastAnswer(question, reply.SourceId, reply.Confidence, time.GetUtcNow());
            await store.PutAsync(LastAnswerKey(turn), last, ct).ConfigureAwait(false);
        }

        var asker = turn.Activity.From?.Name ?? turn.Activity.From?.Id ?? "someone";
        var entry = new QuestionLogEntry(question, reply.Answered, reply.Citation is { } c ? $"{c.Title} › {c.Section}" : null, asker, time.GetUtcNow());
        await ConversationLog.AddQuestionAsync(log, turn.Activity, entry, ct).ConfigureAwait(false);

        var host = cards.HostFor(turn.Activity.ChannelId);
        if (host == CardHost.None || reply.Answer is null)
        {
            await turn.SendActivityAsync(reply.Text, ct).ConfigureAwait(false);
            return reply;
        }

        var activity = turn.Activity.CreateReply();
        activity.Summary = reply.Answer;
        activity.Attachments = [cards.Attachment("answer", AnswerCardData.From(question, reply), host)];
        await turn.SendActivityAsync(activity, ct).ConfigureAwait(false);
        return reply;
    }

    public async Task RecordFeedbackAsync(TurnContext turn, bool helpful, CancellationToken ct)
    {
        var (last, _) = await store.ReadAsync<LastAnswer>(LastAnswerKey(turn), ct).ConfigureAwait(false);
        if (last is null)
        {
            await turn.SendActivityAsync("Thanks — but I haven't answered a question here yet. Ask me one!", ct).ConfigureAwait(false);
            return;
        }

        var feedback = new AnswerFeedback(last.Question, last.SourceId, last.Confidence, helpful, turn.Activity.From?.Id ?? "anonymous",
            turn.Activity.Conversation?.Id ?? string.Empty, time.GetUtcNow());
        await store.CreateAsync($"feedback/{turn.Activity.ChannelId}/{Guid.NewGuid():N}", feedback, ct).ConfigureAwait(false);
        await turn.SendActivityAsync(helpful ? "Thanks, noted that the answer helped." : "Thanks, noted that the answer did not help; I'll use that to improve.", ct).ConfigureAwait(false);
    }

    private static string LastAnswerKey(TurnContext turn) =>
        $"last-answer/{turn.Activity.ChannelId}/{turn.Activity.Conversation?.Id}/{turn.Activity.From?.Id}";

    public static bool IsFeedback(string text) => Feedback(text) is not null;

    public static bool? Feedback(string text) => TextMatching.Normalize(text) switch
    {
        "helpful" or "that helped" or "useful" or "thanks that helped" => true,
        "not helpful" or "unhelpful" or "that didn't help" or "not useful" or "wrong" => false,
        _ => null,
    };
}
