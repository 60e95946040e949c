using System.Globalization;
using System.Text;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Scoring;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Summaries;

/// <summary>
/// Writes the decisions of a session as an Architecture Decision Record in Markdown: proposed, not accepted (the team
/// decides); its context taken from the answers and notes given; the consequences, risks, trade-offs and next steps
/// of the chosen stack from the decision files; notes quoted as written and never cited to a source.
/// </summary>
public static class AdrWriter
{
    public static string Write(IReadOnlyList<DecisionResult> results, DialogSession session, DateTimeOffset? decidedAt, PendingQuestion? underWay = null)
    {
        var root = results[0];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# ADR: {root.Decision.Title} → {string.Join(" / ", results.Select(ResultWording.Headline))}\n\n");
        text.Append("- Status: proposed (recommended by AdvisorBot from the answers below; the team accepts or rejects it)\n");
        text.Append(CultureInfo.InvariantCulture, $"- Date: {(decidedAt ?? session.StartedAt):yyyy-MM-dd}\n");
        text.Append(CultureInfo.InvariantCulture, $"- Participants: {string.Join(", ", session.Members.Select(m => m.Name))} ({(session.Team ? "team" : "personal")} session {session.Id})\n");
        text.Append(CultureInfo.InvariantCulture, $"- Content version: {string.Join(", ", results.Select(r => $"{r.Decision.File} @ {r.Decision.Version}"))}\n");
        if (underWay is not null)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"- Follow-up under way: \"{underWay.Decision.Title}\", question {underWay.Number} of {underWay.TotalText}; this record gains its result when it is finished.\n");
        }

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
        text.Append(CultureInfo.InvariantCulture, $"\n## {d.Title}\n\n### Context\n\n");
        AdrContext.Append(text, result, session);

        text.Append("\n### Options considered\n\n| Option | Score |\n|---|---|\n");
        foreach (var option in result.Ranking)
        {
            var chosen = result.IsTie ? result.Tied.Contains(option.Option) ? " (tied)" : string.Empty
                : option.Option.Id == result.Recommended.Id ? " (chosen)" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"| {Escape(option.Option.Label)}{chosen} | {option.Score:0.#} |\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\n### Decision\n\n{ResultWording.Headline(result)}. ");
        if (!result.IsTie)
        {
            text.Append(result.Recommended.Summary).Append(' ');
        }

        text.Append(CultureInfo.InvariantCulture, $"The result is {ResultWording.Decisiveness(result)}.");
        if (result.SplitAdvice is { } advice)
        {
            text.Append(" Worth weighing, a split: ").Append(advice);
        }

        AppendCriteria(text, result, session, sources);
        AppendRecords(text, result, sources);

        text.Append("\n### What would change it\n\n");
        text.Append("- ").Append(ResultWording.Change(result)).Append('\n');
        foreach (var disagreement in result.Disagreements)
        {
            text.Append(CultureInfo.InvariantCulture, $"- Disagreement on \"{disagreement.Question.Prompt}\": {string.Join("; ", disagreement.Answers.Select(a => $"{a.Name}: {a.Answer}"))}\n");
        }

        text.Append("\n### Evidence\n\n");
        foreach (var (citation, index) in sources.Items.Select((c, i) => (c, i + 1)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{index}. {CitationList.TitleOf(d, citation)} ({citation.Source}), \"{citation.Section}\"\n");
        }
    }

    /// <summary>Each answer that weighed, its effect on every option and its evidence; notes are quoted in the context instead.</summary>
    private static void AppendCriteria(StringBuilder text, DecisionResult result, DialogSession session, CitationList sources)
    {
        var d = result.Decision;
        var records = DecisionAnswers.Of(session, d);
        text.Append("\n\n### Criteria and answers\n\n| Criterion | Answer | Effect | Evidence |\n|---|---|---|---|\n");
        foreach (var question in d.Questions.Where(q => q.Kind != QuestionKind.Note))
        {
            var answers = records.Records.Where(a => a.QuestionId == question.Id).ToList();
            if (answers.Count == 0)
            {
                continue;
            }

            var carried = records.Carried.ContainsKey(question.Id) ? " (carried from the earlier decision)" : string.Empty;
            var answerText = string.Join("; ", answers.Select(a => $"{(session.Team ? session.NameOf(a.MemberId) + ": " : string.Empty)}{(a.Skipped ? "skipped" : Scorer.AnswerText(question, a.Value))}")) + carried;
            var effects = result.Ranking.Select(r => (r.Option.Label, Delta: r.All.Where(c => c.Question.Id == question.Id).Sum(c => c.Delta)))
                .Where(e => e.Delta != 0).Select(e => $"{e.Label} {e.Delta.ToString("+0.#;−0.#", CultureInfo.InvariantCulture)}");
            // Evidence for what an answer did; a skipped answer, or one that moved nothing, cites nothing.
            var cited = result.Ranking.SelectMany(r => r.All).Where(c => c.Question.Id == question.Id).SelectMany(c => c.Citations).Distinct().ToList();
            text.Append(CultureInfo.InvariantCulture, $"| {Escape(question.Prompt)} | {Escape(answerText)} | {Escape(string.Join(", ", effects))} | {sources.Cite(cited)} |\n");
        }
    }

    /// <summary>Consequences, risks, trade-offs and next steps of the chosen option (of each tied option, for a tie).</summary>
    private static void AppendRecords(StringBuilder text, DecisionResult result, CitationList sources)
    {
        var chosen = result.IsTie ? result.Tied : [result.Recommended];
        foreach (var (heading, pick) in new (string, Func<OptionRecord, IReadOnlyList<string>>)[]
        {
            ("Consequences", r => r.Consequences), ("Risks", r => r.Risks), ("Trade-offs", r => r.TradeOffs), ("Next steps", r => r.NextSteps),
        })
        {
            var withItems = chosen.Where(o => pick(o.Record).Count > 0).ToList();
            if (withItems.Count == 0)
            {
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"\n### {heading}\n\n");
            foreach (var option in withItems)
            {
                foreach (var item in pick(option.Record))
                {
                    text.Append(CultureInfo.InvariantCulture, $"- {(chosen.Count > 1 ? $"{option.Label}: " : string.Empty)}{item}\n");
                }
            }
        }

        var cited = chosen.SelectMany(o => o.Record.Citations).Distinct().ToList();
        if (cited.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nThe facts behind these consequences, risks, trade-offs and next steps: {sources.Cite(cited)}\n");
        }
    }

    internal static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
