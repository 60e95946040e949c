using System.Globalization;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Scoring;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Cards.Data;

/// <summary>The data of the decision summary card (cards/summary.json), trimmed to stay inside the card budget.</summary>
public sealed record SummaryCardData(
    string Title,
    string Recommended,
    string Decisiveness,
    string Margin,
    string Rule,
    string ReasonsTitle,
    IReadOnlyList<OptionData> Options,
    string MoreOptions,
    IReadOnlyList<string> TopReasons,
    string FlipPoint,
    string Participants,
    IReadOnlyList<string> Leans,
    IReadOnlyList<DisagreementData> Disagreements,
    string MoreDisagreements,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> OpenQuestions,
    string FollowUp,
    IReadOnlyList<SourceData> Sources)
{
    public const int MaxOptions = 8;

    public const int MaxDisagreements = 8;
    private const int BarWidth = 16;

    public static SummaryCardData From(DecisionResult result, DialogSession? session)
    {
        var sources = new CitationList();
        string Cited(Contribution c) => $"{CitationList.Reason(c)} {sources.Cite(c.Citations)}";
        var top = Math.Max(result.Ranking.Max(r => Math.Abs(r.Score)), 1);
        var options = result.Ranking.Take(MaxOptions).Select(o => new OptionData(
            o.Option.Label,
            o.Score.ToString("0.#", CultureInfo.InvariantCulture),
            new string('█', (int)Math.Round(Math.Max(o.Score, 0) / top * BarWidth)) + new string('░', BarWidth - (int)Math.Round(Math.Max(o.Score, 0) / top * BarWidth)),
            o.Option.Id == result.Recommended.Id,
            [.. o.For.Take(o.Option.Id == result.Recommended.Id ? o.For.Count : 2).Select(Cited)],
            [.. o.Against.Take(2).Select(Cited)])).ToList();
        var followUp = result.Decision.FollowUpFor(result.Recommended.Id) is { } next
            ? $"Follow-up decision: {next.DecisionId}"
            : string.Empty;
        var winner = result.Ranking.First(o => o.Option.Id == result.Recommended.Id);
        return new SummaryCardData(
            result.Decision.Title,
            ResultWording.Headline(result),
            ResultWording.Decisiveness(result),
            result.Margin.ToString("0.#", CultureInfo.InvariantCulture),
            result.SplitAdvice is { } advice ? $"Worth weighing, a split: {advice}" : string.Empty,
            result.IsTie ? $"What counted for {result.Recommended.Label}" : $"Why {result.Recommended.Label}",
            options,
            result.Ranking.Count > MaxOptions ? $"and {result.Ranking.Count - MaxOptions} more options" : string.Empty,
            [.. winner.For.Select(Cited)],
            ResultWording.Change(result),
            session is null ? string.Empty : string.Join(", ", session.Members.Select(m => m.Name)),
            [.. result.Members.Select(m => $"{m.Name} → {m.Option.Label}")],
            [.. result.Disagreements.Take(MaxDisagreements).Select(d => new DisagreementData(d.Question.Prompt, string.Join("; ", d.Answers.Select(a => $"{a.Name}: {a.Answer}"))))],
            result.Disagreements.Count > MaxDisagreements ? $"and {result.Disagreements.Count - MaxDisagreements} more" : string.Empty,
            [.. result.Notes.Select(n => $"{n.Name}: {n.Note}")],
            [.. result.Open.Select(q => q.Prompt)],
            followUp,
            [.. sources.Items.Select((c, i) => new SourceData(i + 1, CitationList.TitleOf(result.Decision, c), c.Section))]);
    }
}

public sealed record OptionData(string Label, string Score, string Bar, bool Recommended, IReadOnlyList<string> For, IReadOnlyList<string> Against);

public sealed record DisagreementData(string Question, string Answers);

public sealed record SourceData(int Number, string Title, string Section);
