using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// A bare no ("not at all", "none, we move fast") to a single-choice question with a choice of none ("None", "No
/// types needed"): that choice, when the rest of the reply names no other.
/// </summary>
public static class NoneChoice
{
    public static Understood? Read(Question question, ReplyText reply)
    {
        if (reply.Clauses.Count == 0 || !WordEvidence.IsJustNo(reply.Clauses[0]))
        {
            return null;
        }

        var none = question.Choices.Where(c => Words.Of(c.Label) is [{ Compact: "none" or "no" }, ..]).ToList();
        return none.Count == 1
            ? new Understood.Recorded(AnswerValue.OfChoice(none[0].Id), 0.85, $"\"{reply.Clauses[0].Text}\" → {none[0].Label}")
            : null;
    }
}
