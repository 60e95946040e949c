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
        var ordered = catalog.All.OrderBy(d => d == catalog.Default ? 0 : 1).ToList();
        var lines = ordered.Select(d =>
        {
            var after = catalog.All.Where(p => p.FollowUps.Any(f => f.DecisionId == d.Id)).Select(p => p.Id).ToList();
            return $"- {d.Id}: {d.Title}{(after.Count > 0 ? $" (also follows {string.Join(", ", after)})" : string.Empty)}";
        });
        return "Decisions I can guide:\n" + string.Join("\n", lines) +
            $"\nSay \"decide\" for {ordered.FirstOrDefault()?.Id ?? "the first one"}, or \"decide <name>\".";
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

    public static string Noted(DialogSession session, string member, Question question, AnswerValue value) =>
        session.Team ? $"Noted, {member}: {Scorer.AnswerText(question, value)}." : string.Empty;

    public static string Cancelled(Decision decision) =>
        $"Cancelled \"{decision.Title}\". Nothing was recommended. Say \"decide\" to start again.";

    public static string FollowUpIntro(Decision next) => $"Next, a follow-up decision: {next.Title}\n{next.Description}";
}
