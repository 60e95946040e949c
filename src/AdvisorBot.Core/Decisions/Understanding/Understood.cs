using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// What a typed reply to a pending question was read as. Only <see cref="Recorded"/> may be stored as an answer;
/// every other outcome leaves the question pending.
/// </summary>
public abstract record Understood
{
    private Understood()
    {
    }

    /// <summary>At least this confident, or the reader asks back instead of recording.</summary>
    public const double RecordThreshold = 0.75;

    /// <summary>An answer: the value to store, how sure the reader is, and in words what it read ("20,000 requests per second").</summary>
    public sealed record Recorded(AnswerValue Value, double Confidence, string Read) : Understood;

    /// <summary>Close or weak matches: ask "Did you mean "A" or "B"?" with these candidates (one to three), best first.</summary>
    public sealed record Clarify(IReadOnlyList<Candidate> Candidates, string Read) : Understood
    {
        /// <summary>
        /// "Did you mean "A"?", "Did you mean "A", "B" or "C"?", each label quoted so a label's own "or" ("1 or 2")
        /// cannot be read as a break; a candidate of several choices reads "Did you mean "A" and "B", or only "A"?".
        /// </summary>
        public string Prompt => $"Did you mean {AnswerWords.Offers([.. Candidates.Select(c => c.Parts)])}?";
    }

    /// <summary>The user asked something ("what is PM2?"): answer it, then ask the pending question again.</summary>
    public sealed record Question(string Text) : Understood;

    /// <summary>Nothing the reader could use: reprompt with what the question accepts.</summary>
    public sealed record NotUnderstood(string Reason) : Understood;
}

/// <summary>
/// A possible answer offered back to the user: its label, the value stored if they pick it, and the labels it is made
/// of (several for a multiple-choice candidate, whose label lists them).
/// </summary>
public sealed record Candidate(string Label, AnswerValue Value)
{
    public IReadOnlyList<string> Parts { get; init; } = [Label];

    /// <summary>One or several choices taken together: "A" or "A and B", its parts the labels.</summary>
    public static Candidate Of(IReadOnlyList<Choice> choices)
    {
        var labels = choices.Select(c => c.Label).ToList();
        return new Candidate(AnswerWords.All(labels), new AnswerValue([.. choices.Select(c => c.Id)], null, null)) { Parts = labels };
    }
}
