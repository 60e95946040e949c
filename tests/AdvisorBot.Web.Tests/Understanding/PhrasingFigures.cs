using System.Globalization;
using System.Text;
using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Web.Tests.Understanding;

/// <summary>The phrasing set's figures for one half of the split, by question kind.</summary>
public sealed record PhrasingFigures(IReadOnlyList<PhrasingOutcome> Outcomes)
{
    public IReadOnlyList<PhrasingOutcome> Answers => [.. Outcomes.Where(o => o.Phrasing.Expect.Kind == "answer")];

    public double RecordedRight => Share(Answers, o => o.RecordedAsIntended);

    public int NegationsFlipped => Outcomes.Count(o => o.Flipped && o.Phrasing.Tags.Contains("negation"));

    public int Flipped => Outcomes.Count(o => o.Flipped);

    public int QuestionsRecorded => Outcomes.Count(o => o.Phrasing.Expect.Kind == "question" && o.Recorded is not null);

    public int AmbiguousRecorded => Outcomes.Count(o => o.Phrasing.Expect.Kind == "ask_back" && o.Recorded is not null);

    public int RecordedWrong => Answers.Count(o => o.Recorded is not null && !o.RecordedAsIntended);

    public string Table(string title)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: {Outcomes.Count} phrasings");
        text.AppendLine("| Kind | answers | recorded as meant | recorded wrong | asked back | not understood |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var kind in Answers.GroupBy(o => o.Kind).OrderBy(g => g.Key))
        {
            text.AppendLine(Row(kind.Key.ToString(), [.. kind]));
        }

        text.AppendLine(Row("all", Answers));
        text.AppendLine(CultureInfo.InvariantCulture,
            $"yes/no flipped: {Flipped} (negations: {NegationsFlipped}); questions recorded as answers: {QuestionsRecorded} of {Outcomes.Count(o => o.Phrasing.Expect.Kind == "question")} " +
            $"(answered: {Outcomes.Count(o => o.Phrasing.Expect.Kind == "question" && o.AnsweredQuestion)}); ambiguous recorded: {AmbiguousRecorded} of {Outcomes.Count(o => o.Phrasing.Expect.Kind == "ask_back")} " +
            $"(asked back: {Outcomes.Count(o => o.Phrasing.Expect.Kind == "ask_back" && o.AskedBack)})");
        return text.ToString();
    }

    private static string Row(string name, IReadOnlyList<PhrasingOutcome> rows) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {rows.Count} | {Share(rows, o => o.RecordedAsIntended):P1} | {rows.Count(o => o.Recorded is not null && !o.RecordedAsIntended)} | {rows.Count(o => o.Recorded is null && o.AskedBack)} | {rows.Count(o => o.Recorded is null && !o.AskedBack)} |");

    private static double Share(IReadOnlyList<PhrasingOutcome> rows, Func<PhrasingOutcome, bool> test) =>
        rows.Count == 0 ? 0 : (double)rows.Count(test) / rows.Count;
}
