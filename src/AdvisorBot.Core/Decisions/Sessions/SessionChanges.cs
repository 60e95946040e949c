using AdvisorBot.Core.Decisions.Loading;

namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>
/// The changes a turn makes to a session, as pure functions of the stored session. They run inside the store's
/// read–change–write loop and may run again after a conflict, so they depend only on what they are given.
/// </summary>
public static class SessionChanges
{
    /// <summary>Records a member's answer (replacing their earlier answer to the same question) and finishes the session when nothing is left.</summary>
    public static DialogSession Answer(DialogSession session, AnswerRecord record, string memberName, DecisionCatalog catalog)
    {
        if (!session.IsActive)
        {
            return session;
        }

        session.Join(record.MemberId, memberName);
        session.Answers.RemoveAll(a => a.MemberId == record.MemberId && a.DecisionId == record.DecisionId && a.QuestionId == record.QuestionId);
        session.Answers.Add(record);
        session.Misses.Remove(record.MemberId);
        Settle(session, catalog);
        return session;
    }

    /// <summary>Closes the pending question while everyone present has answered it; finishes the session when none is left.</summary>
    public static void Settle(DialogSession session, DecisionCatalog catalog)
    {
        while (DialogProgress.Of(session, catalog).Pending is { } pending)
        {
            if (pending.AnsweredBy.Count == 0 || pending.WaitingFor.Count > 0)
            {
                return;
            }

            session.Closed.Add(DialogProgress.Key(pending.Decision, pending.Question));
        }

        session.Status = SessionStatus.Finished;
    }

    public static DialogSession Miss(DialogSession session, string memberId)
    {
        session.Misses[memberId] = session.Misses.GetValueOrDefault(memberId) + 1;
        return session;
    }

    /// <summary>Removes the member's most recent answer: exactly what "back" undoes.</summary>
    public static DialogSession Back(DialogSession session, string memberId)
    {
        var last = session.Answers.FindLastIndex(a => a.MemberId == memberId);
        if (last >= 0)
        {
            var removed = session.Answers[last];
            session.Answers.RemoveAt(last);
            var answeredBy = session.Answers.Where(a => a.DecisionId == removed.DecisionId && a.QuestionId == removed.QuestionId).Select(a => a.MemberId);
            if (session.Members.Any(m => !answeredBy.Contains(m.Id)))
            {
                session.Closed.Remove($"{removed.DecisionId}/{removed.QuestionId}");
            }
        }

        session.Misses.Remove(memberId);
        return session;
    }

    public static DialogSession Restart(DialogSession session)
    {
        session.Answers.Clear();
        session.Closed.Clear();
        session.Misses.Clear();
        session.Status = SessionStatus.Active;
        return session;
    }

    public static DialogSession Cancel(DialogSession session)
    {
        session.Status = SessionStatus.Cancelled;
        return session;
    }

    /// <summary>The team moves past a question some members have not answered.</summary>
    public static DialogSession MovePast(DialogSession session, string questionKey, DecisionCatalog catalog)
    {
        if (!session.Closed.Contains(questionKey))
        {
            session.Closed.Add(questionKey);
        }

        Settle(session, catalog);
        return session;
    }
}
