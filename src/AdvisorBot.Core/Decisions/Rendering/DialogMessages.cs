using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Scoring;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Rendering;

/// <summary>The dialog's short messages, in one place.</summary>
public static class DialogMessages
{
    public const string NothingUnderWay = "No decision is under way here. Say \"decide\" to start one, or \"decisions\" to see them all.";

    /// <summary>The decisions, the default first; a follow-up says which decision it follows.</summary>
    public static string List(DecisionCatalog catalog)
    {
        var lines = catalog.All.Select(d =>
        {
            var after = catalog.All.Where(p => p.FollowUps.Any(f => f.DecisionId == d.Id)).Select(p => p.Id).ToList();
            return $"- {d.Id}: {d.Title}{(after.Count > 0 ? $" (also follows {string.Join(", ", after)})" : string.Empty)}";
        });
        return "Decisions I can guide:\n" + string.Join("\n", lines) +
            $"\nSay \"decide\" for {catalog.Default?.Id ?? "the first one"}, or \"decide <name>\".";
    }

    public static string Started(Decision decision, bool team) =>
        $"Let's decide: {decision.Title}\n{decision.Description}" +
        (team ? "\nThis is a team session: anyone here can answer, and I keep each person's answers apart." : string.Empty) +
        "\nSay back, skip, status, restart or cancel at any point.";

    public static string AlreadyUnderWay(PendingQuestion? pending) =>
        $"A decision is already under way here{(pending is null ? string.Empty : $" ({pending.Decision.Title})")}. Say restart to begin it again, or cancel to stop it.";

    public static string DialogHelp(DialogSession session) =>
        "While a decision is under way you can answer the question, or say:\n" +
        "- back: undo your last answer\n- skip: skip a question that allows it\n- status: where we are\n" +
        "- restart: start this decision over\n- cancel: stop without a recommendation\n" +
        (session.Team ? "- next: move on before everyone has answered\n" : string.Empty) +
        "- ask <question>: ask me something without losing your place";

    /// <summary>What was recorded, in words: "Noted: Yes." (a team: "Noted, Ann: Yes."); every choice of a multiple answer.</summary>
    public static string Noted(DialogSession session, string member, Question question, AnswerValue value) =>
        session.Team ? $"Noted, {member}: {AnswerText(question, value)}." : $"Noted: {AnswerText(question, value)}.";

    public static string Changed(DialogSession session, string member, Question question, AnswerValue from, AnswerValue to) =>
        $"Changed{(session.Team ? $", {member}" : string.Empty)}: \"{question.Prompt}\" is now {AnswerText(question, to)} (was {AnswerText(question, from)}).";

    public static string AlreadyAnswered(Question question, AnswerValue value) =>
        $"You already answered \"{question.Prompt}\" with {AnswerText(question, value)}; nothing changed.";

    public static string ChangeQuestion(Question question, AnswerValue from, AnswerValue to) =>
        $"You answered \"{question.Prompt}\" with {AnswerText(question, from)}. Change it to {AnswerText(question, to)}?";

    public static string NotRecorded(bool closed) => closed
        ? "That question is already closed, so I didn't record that answer."
        : "That card is from a question that doesn't apply at this point, so I didn't record that answer.";

    public static string Offer(Decision decision) =>
        $"It sounds like you're choosing a backend. I can walk you through \"{decision.Title}\" one question at a time and explain the result. Say \"decide\" to start.";

    /// <summary>An answer as people read it: choice labels, or a scale step with its label ("4 of 5 (10,000 to 49,999)").</summary>
    public static string AnswerText(Question question, AnswerValue value) =>
        question.Kind == QuestionKind.Scale && value.Scale is { } step && question.Scale!.Steps.Count > 0
            ? $"{step} of {Question.ScaleMax} ({question.Scale.LabelOf(step)})"
            : Scorer.AnswerText(question, value);

    public static string Cancelled(Decision decision) =>
        $"Cancelled \"{decision.Title}\". Nothing was recommended. Say \"decide\" to start again.";

    public static string FollowUpIntro(Decision next) => $"Next, a follow-up decision: {next.Title}\n{next.Description}";
}
