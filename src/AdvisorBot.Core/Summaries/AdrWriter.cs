using System.Globalization;
using System.Text;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Scoring;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Summaries;

/// <summary>Writes a finished decision as an Architecture Decision Record in Markdown.</summary>
public static class AdrWriter
{
    public static string Write(IReadOnlyList<DecisionResult> results, DialogSession session, DateTimeOffset? decidedAt)
    {
        var root = results[0];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# ADR: {root.Decision.Title} → {string.Join(" / ", results.Select(r => r.Recommended.Label))}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"- Status: accepted (recommended by AdvisorBot; review before adopting)\n");
        text.Append(CultureInfo.InvariantCulture, $"- Date: {(decidedAt ?? session.StartedAt):yyyy-MM-dd}\n");
        text.Append(CultureInfo.InvariantCulture, $"- Participants: {string.Join(", ", session.Members.Select(m => m.Name))} ({(session.Team ? "team" : "personal")} session {session.Id})\n");
        text.Append(CultureInfo.InvariantCulture, $"- Content version: {string.Join(", ", results.Select(r => $"{r.Decision.File} @ {r.Decision.Version}"))}\n");
        foreach (var result in results)
        {
            Append(text, result, session);
        }

        return text.ToString().TrimEnd() + "\n";
    }

    private static void Append(StringBuilder text, DecisionResult result, DialogSession session)
    {
        var d = result.Decision;
        var sources = new CitationList();
        text.Append(CultureInfo.InvariantCulture, $"\n## {d.Title}\n\n### Context\n\n{d.Description}\n\n### Options considered\n\n| Option | Score |\n|---|---|\n");
        foreach (var option in result.Ranking)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Escape(option.Option.Label)}{(option.Option.Id == result.Recommended.Id ? " (chosen)" : string.Empty)} | {option.Score:0.#} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n### Decision\n\n{result.Recommended.Label}. {result.Recommended.Summary} ");
        text.Append(CultureInfo.InvariantCulture, $"The result is {ResultWording.Decisiveness(result)}.");
        if (result.SplitAdvice is { } advice)
        {
            text.Append(" Worth weighing, a split: ").Append(advice);
        }

        text.Append("\n\n### Criteria and answers\n\n| Criterion | Answer | Effect | Evidence |\n|---|---|---|---|\n");
        foreach (var question in d.Questions)
        {
            var answers = session.Answers.Where(a => a.DecisionId == d.Id && a.QuestionId == question.Id).ToList();
            if (answers.Count == 0)
            {
                continue;
            }

            var answerText = string.Join("; ", answers.Select(a => $"{(session.Team ? session.NameOf(a.MemberId) + ": " : string.Empty)}{(a.Skipped ? "skipped" : Scorer.AnswerText(question, a.Value))}"));
            var effects = result.Ranking.Select(r => (r.Option.Label, Delta: r.All.Where(c => c.Question.Id == question.Id).Sum(c => c.Delta)))
                .Where(e => e.Delta != 0).Select(e => $"{e.Label} {e.Delta.ToString("+0.#;−0.#", CultureInfo.InvariantCulture)}");
            text.Append(CultureInfo.InvariantCulture, $"| {Escape(question.Prompt)} | {Escape(answerText)} | {Escape(string.Join(", ", effects))} | {sources.Cite(question.Citations)} |\n");
        }

        text.Append("\n### Consequences\n\n");
        text.Append("- ").Append(ResultWording.Change(result)).Append('\n');
        foreach (var disagreement in result.Disagreements)
        {
            text.Append(CultureInfo.InvariantCulture, $"- Disagreement on \"{disagreement.Question.Prompt}\": {string.Join("; ", disagreement.Answers.Select(a => $"{a.Name}: {a.Answer}"))}\n");
        }

        foreach (var note in result.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"- Note from {note.Name}: {note.Note}\n");
        }

        text.Append("\n### Evidence\n\n");
        foreach (var (citation, index) in sources.Items.Select((c, i) => (c, i + 1)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{index}. {CitationList.TitleOf(d, citation)} ({citation.Source}), \"{citation.Section}\"\n");
        }
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
