using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Reads a typed reply to a pending question into what it means: an answer to record, candidates to ask back, a
/// question the user asked, or nothing usable. In order: a question ("what is PM2?") is never an answer; a note
/// takes any text; numbers and exact names are taken as they are; then yes/no by polarity, scales by steps and
/// figures, choices by their words; meaning (the sentence encoder) only where the words leave it open. A hedged
/// choice ("maybe microservices") is offered back to confirm, not recorded.
/// </summary>
public sealed class AnswerReader(ISentenceEncoder encoder)
{
    private readonly MeaningMatcher _meaning = new(encoder);

    /// <summary>A reader matching by words alone, for callers without the service container.</summary>
    public static AnswerReader WordsOnly { get; } = new(NoSentenceEncoder.Instance);

    public Understood Read(Question question, string text, CancellationToken ct = default)
    {
        var reply = ReplyText.Of(text);
        if (reply.IsEmpty)
        {
            return new Understood.NotUnderstood("nothing typed");
        }

        if (QuestionSpotter.IsQuestion(reply))
        {
            return new Understood.Question(reply.Text);
        }

        if (question.Kind == QuestionKind.Note)
        {
            return new Understood.Recorded(AnswerValue.OfNote(reply.Text), 1, "a note");
        }

        if (reply.Clauses.All(c => c.Doubtful))
        {
            return new Understood.NotUnderstood("the reply says the user does not know");
        }

        if (question.Kind is QuestionKind.Scale or QuestionKind.Single && NowAndLater.Read(question, reply, part => Read(question, part, ct)) is { } nowAndLater)
        {
            return nowAndLater;
        }

        if (question.Kind == QuestionKind.Scale)
        {
            return ScaleReader.Read(question, reply);
        }

        if (ExactChoices.Read(question, reply) is { } exact)
        {
            return exact;
        }

        var evidence = WordEvidence.Of(question, reply);
        IReadOnlyList<Closeness>? Meaning() => _meaning.Rank(question, reply.Text, ct);
        return question.Kind switch
        {
            QuestionKind.YesNo => YesNoReader.Read(question, reply, evidence),
            QuestionKind.Multiple => UnsureChoices.Confirm(question, reply, MultipleChoiceReader.Read(question, reply, evidence, Meaning), evidence),
            _ => UnsureChoices.Confirm(question, reply, SingleChoiceReader.Read(question, reply, evidence, Meaning), evidence),
        };
    }
}
