using System.Globalization;
using System.Text;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Scoring;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Rendering;

/// <summary>Renders questions and results as plain text that reads well in every channel.</summary>
public static class DecisionText
{
    private const int BarWidth = 20;

    public static string Question(PendingQuestion pending, bool team)
    {
        var q = pending.Question;
        var text = new StringBuilder();
        foreach (var note in pending.Notes)
        {
            text.Append(note).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"Question {pending.Number} of {pending.TotalText} ({pending.Decision.Title})\n");
        text.Append(q.Prompt);
        if (q.Help.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n_{q.Help}_");
        }

        text.Append('\n');
        switch (q.Kind)
        {
            case QuestionKind.Scale:
                text.Append(q.Scale!.Steps.Count > 0
                    ? $"Answer a number: {string.Join(" · ", q.Scale.Steps.Select(s => $"{s.Value.ToString(CultureInfo.InvariantCulture)}: {s.Label}"))}."
                    : $"Answer {Model.Question.ScaleMin} ({q.Scale.Low}) to {Model.Question.ScaleMax} ({q.Scale.High}).");
                break;
            case QuestionKind.Note:
                text.Append("Type your note.");
                break;
            default:
                for (var i = 0; i < q.Choices.Count; i++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {q.Choices[i].Label}\n");
                }

                text.Append(q.Kind == QuestionKind.Multiple ? "Pick one or more (e.g. 1, 3)." : "Reply with a number or the answer.");
                break;
        }

        if (q.Skippable)
        {
            text.Append(" You can say skip.");
        }

        if (team && pending.AnsweredBy.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nAnswered so far: {string.Join("; ", pending.AnsweredBy.Select(a => $"{a.Name}: {a.Answer}"))}.");
            if (pending.WaitingFor.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" Waiting for {string.Join(", ", pending.WaitingFor.Select(m => m.Name))}, or say next.");
            }
        }

        return text.ToString();
    }

    public static string Reprompt(PendingQuestion pending, bool team) =>
        $"Sorry, I didn't catch that. Please answer with {AnswerParser.Accepted(pending.Question)}.\n\n{Question(pending, team)}";

    public static string Status(PendingQuestion pending, DialogSession session)
    {
        var left = pending.Total - pending.Number + 1;
        var who = session.Team ? $" Team session with {string.Join(", ", session.Members.Select(m => m.Name))}." : string.Empty;
        var leftText = pending.TotalIsEstimate ? $"about {left} left" : $"{left} left";
        return $"You're on question {pending.Number} of {pending.TotalText} of \"{pending.Decision.Title}\" ({leftText}, including this one).{who}";
    }

    public static string Result(DecisionResult result)
    {
        var decision = result.Decision;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Recommendation for \"{decision.Title}\": {ResultWording.Headline(result)}\n");
        text.Append(CultureInfo.InvariantCulture, $"How decisive: {ResultWording.Decisiveness(result)}.\n");
        if (result.SplitAdvice is { } advice)
        {
            text.Append(CultureInfo.InvariantCulture, $"Worth weighing, a split: {advice}\n");
        }

        text.Append("\nScores:\n");
        var top = Math.Max(result.Ranking.Max(r => Math.Abs(r.Score)), 1);
        foreach (var option in result.Ranking)
        {
            var bar = new string('█', (int)Math.Round(Math.Max(option.Score, 0) / top * BarWidth));
            text.Append(CultureInfo.InvariantCulture, $"- {option.Option.Label}: {option.Score:0.#} {bar}\n");
        }

        var sources = new CitationList();
        foreach (var option in result.Ranking)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{option.Option.Label}\n");
            foreach (var reason in option.For)
            {
                text.Append(CultureInfo.InvariantCulture, $"  + {CitationList.Reason(reason)} {sources.Cite(reason.Citations)}\n");
            }

            foreach (var reason in option.Against)
            {
                text.Append(CultureInfo.InvariantCulture, $"  − {CitationList.Reason(reason)} {sources.Cite(reason.Citations)}\n");
            }

            if (option.For.Count == 0 && option.Against.Count == 0)
            {
                text.Append("  (no answer weighed on it)\n");
            }
        }

        AppendContributions(text, result);
        text.Append('\n').Append(ResultWording.Change(result)).Append('\n');
        if (result.Open.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"Left open (skipped or not answered): {string.Join("; ", result.Open.Select(q => q.Prompt))}\n");
        }

        AppendTeam(text, result);
        text.Append("\nSources:\n");
        foreach (var (citation, index) in sources.Items.Select((c, i) => (c, i + 1)))
        {
            text.Append(CultureInfo.InvariantCulture, $"[{index}] {CitationList.TitleOf(decision, citation)} ({citation.Source}), \"{citation.Section}\"\n");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Every answer and what it added to or took from each option: the audit trail of the scores.</summary>
    private static void AppendContributions(StringBuilder text, DecisionResult result)
    {
        var byQuestion = result.Ranking
            .SelectMany(r => r.All.Select(c => (Option: r.Option, Contribution: c)))
            .GroupBy(x => x.Contribution.Question.Id, StringComparer.Ordinal);
        text.Append("\nHow each answer counted:\n");
        foreach (var question in result.Decision.Questions)
        {
            var group = byQuestion.FirstOrDefault(g => g.Key == question.Id);
            if (group is null)
            {
                continue;
            }

            // Each option's contribution lists the answers that moved it ("A / B"): the question's answers are their union.
            var answers = string.Join(" / ", group.SelectMany(x => x.Contribution.Answer.Split(" / ")).Distinct(StringComparer.Ordinal));
            var effects = group.GroupBy(x => x.Option.Label)
                .Select(g => $"{g.Key} {g.Sum(x => x.Contribution.Delta).ToString("+0.#;−0.#", CultureInfo.InvariantCulture)}");
            text.Append(CultureInfo.InvariantCulture, $"- {question.Prompt} {answers} → {string.Join(", ", effects)}\n");
        }
    }

    private static void AppendTeam(StringBuilder text, DecisionResult result)
    {
        if (result.Members.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nWho leans where: {string.Join("; ", result.Members.Select(m => $"{m.Name} → {m.Option.Label}"))}.\n");
        }

        if (result.Disagreements.Count > 0)
        {
            text.Append("Where the team disagrees:\n");
            foreach (var d in result.Disagreements)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {d.Question.Prompt} {string.Join("; ", d.Answers.Select(a => $"{a.Name}: {a.Answer}"))}\n");
            }
        }

        foreach (var note in result.Notes)
        {
            text.Append(CultureInfo.InvariantCulture, $"Note from {note.Name}: {note.Note}\n");
        }
    }
}
