using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Web.Tests.Understanding;

/// <summary>What the bot did with one phrasing: what it recorded (if anything), and whether it asked back or answered a question.</summary>
public sealed record PhrasingOutcome(Phrasing Phrasing, QuestionKind Kind, AnswerValue? Recorded, bool AskedBack, bool AnsweredQuestion, string Reply)
{
    public bool RecordedAsIntended => Recorded is { } value && Phrasing.Expect.Kind == "answer"
        && (Phrasing.Expect.Scale is { } step
            ? value.Scale == step
            : value.Choices.Order(StringComparer.Ordinal).SequenceEqual(Phrasing.Expect.Choices.Order(StringComparer.Ordinal), StringComparer.Ordinal));

    /// <summary>A yes/no reply recorded as the other answer than the one meant.</summary>
    public bool Flipped => Kind == QuestionKind.YesNo && Phrasing.Expect.Kind == "answer" && Recorded is not null && !RecordedAsIntended;

    public string Describe() =>
        $"{Phrasing.Id} [{Phrasing.Question}] \"{Phrasing.Text}\" expected {Expected()} → " +
        (Recorded is { } v ? $"recorded {(v.Scale is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Join(",", v.Choices))}"
            : AskedBack ? "asked back" : AnsweredQuestion ? "answered as a question" : "not understood");

    private string Expected() => Phrasing.Expect.Kind switch
    {
        "question" => "a question",
        "ask_back" => "ask back",
        _ => Phrasing.Expect.Scale is { } s ? $"step {s}" : string.Join(",", Phrasing.Expect.Choices),
    };
}
