using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Cards.Data;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;
using AdvisorBot.Core.Summaries;

namespace AdvisorBot.Core.Answers;

/// <summary>
/// Outside a dialog, a message that is not a command is a question for the answerer ("ask …" and the "ask" card
/// button work too), except greetings, which the help handler answers, and other small talk, which gets a short
/// reply; "helpful" and "not helpful" (typed or from the answer card) are recorded as feedback on the last answer.
/// </summary>
public sealed class AskHandler(IQuestionAnswerer answerer, IStateStore store, IAppendLog log, CardRenderer cards, TimeProvider time)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken ct)
    {
        var submission = CardSubmission.TryRead(turn.Activity);
        if ((submission is { Kind: CardSubmission.Feedback, Helpful: { } clicked } ? clicked : Feedback(turn.Text)) is { } helpful)
        {
            await RecordFeedbackAsync(turn, helpful, ct).ConfigureAwait(false);
            return;
        }

        var command = DialogCommand.Parse(turn.Text);
        var question = submission is { Kind: CardSubmission.Ask } ? submission.Text
            : command.Kind == DialogCommandKind.Ask ? command.Argument
            : command.Kind == DialogCommandKind.None && turn.Activity.Value is null && SmallTalk.Classify(turn.Text) is not SmallTalkKind.Greeting ? turn.Text
            : null;
        if (string.IsNullOrWhiteSpace(question))
        {
            return;
        }

        // Small talk and fragments ("thanks", "ok", "1", an emoji) get a short reply, never an answer from the index.
        if (command.Kind == DialogCommandKind.None && SmallTalk.Classify(question) is not SmallTalkKind.None and var chat)
        {
            await turn.SendActivityAsync(SmallTalk.Reply(chat), ct).ConfigureAwait(false);
            return;
        }

        await AnswerAsync(turn, answerer, store, log, cards, time, question, ct).ConfigureAwait(false);
    }

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

    private async Task RecordFeedbackAsync(TurnContext turn, bool helpful, CancellationToken ct)
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

    private static bool? Feedback(string text) => TextMatching.Normalize(text) switch
    {
        "helpful" or "that helped" or "useful" or "thanks that helped" => true,
        "not helpful" or "unhelpful" or "that didn't help" or "not useful" or "wrong" => false,
        _ => null,
    };
}
