using System.Text;

namespace AdvisorBot.Core.Summaries;

/// <summary>The digest as plain text, for channels without cards.</summary>
public static class DigestText
{
    public static string Render(DigestCardData digest)
    {
        var text = new StringBuilder($"Design-review digest ({digest.Scope})\n");
        text.Append($"Decisions: {digest.DecisionCount} · questions answered: {digest.AnsweredCount} · not answered: {digest.UnansweredCount}\n");
        foreach (var d in digest.Decisions)
        {
            text.Append($"- {d.Title}: {d.Recommended} ({d.Kind}, {d.When}, {d.Participants}{(d.Disagreements.Length > 0 ? $", {d.Disagreements} disagreements" : string.Empty)}){(d.Open.Length > 0 ? $"; {d.Open}" : string.Empty)}\n");
        }

        foreach (var q in digest.Answered)
        {
            text.Append($"- Answered: {q.Question} ({q.Source})\n");
        }

        foreach (var q in digest.Unanswered)
        {
            text.Append($"- Not covered by my sources: {q}\n");
        }

        if (digest.Empty)
        {
            text.Append("Nothing yet: no decisions or questions here so far.");
        }

        return text.ToString().TrimEnd();
    }
}
