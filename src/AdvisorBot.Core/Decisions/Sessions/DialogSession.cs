namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>
/// One run of a decision in a conversation, as stored: who takes part and every answer given, in order.
/// Where the dialog stands (the pending question, the results) is computed from the answers, never stored,
/// so undo, restart and a host restart can never leave it inconsistent.
/// </summary>
public sealed class DialogSession
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");
    public string RootDecisionId { get; set; } = string.Empty;
    public bool Team { get; set; }
    public string Status { get; set; } = SessionStatus.Active;
    public DateTimeOffset StartedAt { get; set; }
    public List<Member> Members { get; set; } = [];
    public List<AnswerRecord> Answers { get; set; } = [];

    /// <summary>
    /// Questions the dialog has moved past ("decision/question"): everyone present had answered, or the team said
    /// "next". A member who joins later does not reopen them.
    /// </summary>
    public List<string> Closed { get; set; } = [];

    /// <summary>
    /// In a team session, the activity id of each question's card ("decision/question" → id), so the card is updated
    /// in place as people answer and turned read-only once the question closes, rather than posted again.
    /// </summary>
    public Dictionary<string, string> Cards { get; set; } = [];

    /// <summary>Invalid answers in a row, per member; two or more bring buttons with the reprompt.</summary>
    public Dictionary<string, int> Misses { get; set; } = [];

    public bool IsActive => Status == SessionStatus.Active;

    public void Join(string id, string name)
    {
        if (!Members.Any(m => m.Id == id))
        {
            Members.Add(new Member(id, name));
        }
    }

    public string NameOf(string memberId) => Members.FirstOrDefault(m => m.Id == memberId)?.Name ?? memberId;
}

public sealed record Member(string Id, string Name);

/// <summary>One member's answer to one question; <see cref="Skipped"/> answers carry no value.</summary>
public sealed record AnswerRecord(
    string MemberId,
    string DecisionId,
    string QuestionId,
    IReadOnlyList<string> Choices,
    int? Scale,
    string? Note,
    bool Skipped,
    DateTimeOffset At)
{
    public AnswerValue Value => new(Choices, Scale, Note);
}

/// <summary>The value of an answer: choice ids, a 1–5 scale point, or a note.</summary>
public sealed record AnswerValue(IReadOnlyList<string> Choices, int? Scale, string? Note)
{
    public static AnswerValue OfChoice(string choice) => new([choice], null, null);

    public static AnswerValue OfScale(int value) => new([], value, null);

    public static AnswerValue OfNote(string note) => new([], null, note);

    public bool SameAs(AnswerValue other) =>
        Scale == other.Scale && Note == other.Note && Choices.Order(StringComparer.Ordinal).SequenceEqual(other.Choices.Order(StringComparer.Ordinal));
}

public static class SessionStatus
{
    public const string Active = "active";
    public const string Finished = "finished";
    public const string Cancelled = "cancelled";
}
