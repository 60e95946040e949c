using System.Globalization;
using System.Text;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Scoring;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Summaries;

/// <summary>
/// The Context of a decision record, written from what was actually answered: who answered, each answer, the answers
/// carried from an earlier decision, the notes quoted as written (never cited), and the questions left open.
/// </summary>
internal static class AdrContext
{
    public static void Append(StringBuilder text, DecisionResult result, DialogSession session)
    {
        var decision = result.Decision;
        var given = DecisionAnswers.Of(session, decision);
        var answered = decision.Questions
            .Where(q => q.Kind != QuestionKind.Note && !given.Carried.ContainsKey(q.Id))
            .Where(q => given.Records.Any(r => r.QuestionId == q.Id && !r.Skipped))
            .ToList();
        var who = session.Team
            ? $"{ResultWording.ListOf(session.Members.Select(m => m.Name))} (a team session)"
            : session.Members.FirstOrDefault()?.Name ?? "One person";
        text.Append(CultureInfo.InvariantCulture, $"{who} answered {answered.Count} question{(answered.Count == 1 ? string.Empty : "s")} about the project:\n\n");
        foreach (var question in answered)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {question.Prompt} {Answers(question, given, session)}\n");
        }

        foreach (var question in decision.Questions.Where(q => given.Carried.ContainsKey(q.Id)))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {question.Prompt} {Answers(question, given, session)} (carried from the earlier decision, not asked again)\n");
        }

        if (result.Notes.Count > 0)
        {
            text.Append("\nNotes, as written:\n");
            foreach (var note in result.Notes)
            {
                text.Append('\n');
                foreach (var line in note.Note.Split('\n'))
                {
                    text.Append("> ").Append(line.TrimEnd()).Append('\n');
                }

                text.Append("> — ").Append(note.Name).Append('\n');
            }
        }

        if (result.Open.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nLeft open (skipped or not answered): {string.Join("; ", result.Open.Select(q => q.Prompt))}\n");
        }
    }

    private static string Answers(Question question, DecisionAnswers given, DialogSession session)
    {
        var records = given.Records.Where(r => r.QuestionId == question.Id && !r.Skipped).ToList();
        return session.Team
            ? string.Join("; ", records.Select(r => $"{session.NameOf(r.MemberId)}: **{Scorer.AnswerText(question, r.Value)}**"))
            : string.Join("; ", records.Select(r => $"**{Scorer.AnswerText(question, r.Value)}**"));
    }
}
