using System.Globalization;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Scoring;

/// <summary>
/// Deterministic scoring: an option's score is the sum, over the questions that apply, of the weights its answers
/// give that option (team answers averaged). The recommendation is always the best score (equal best scores are a
/// tie); the decision's hybrid rule may add advice to consider a split, but never overrides the scores.
/// </summary>
public static class Scorer
{
    /// <summary>At least this many reasons per side; more when further reasons are as large as the last one shown.</summary>
    public const int ReasonsPerSide = 3;

    private const double Epsilon = 1e-6;

    public sealed record Scored(IReadOnlyList<OptionScore> Ranking, DecisionOption Recommended, IReadOnlyList<DecisionOption> Tied, string? SplitAdvice);

    public static Scored Score(Decision decision, WeightedAnswers answers)
    {
        var contributions = decision.Options.ToDictionary(o => o.Id, _ => new List<Contribution>(), StringComparer.Ordinal);
        foreach (var question in decision.Questions.Where(q => q.Kind != QuestionKind.Note && WeightedAnswers.Holds(q, answers)))
        {
            foreach (var (value, share) in answers.For(question.Id))
            {
                foreach (var option in decision.Options)
                {
                    if (Contributions.Of(question, value, option.Id) is { } c)
                    {
                        contributions[option.Id].Add(c with { Answer = AnswerText(question, value), Delta = c.Delta * share });
                    }
                }
            }
        }

        var totals = decision.Options.ToDictionary(o => o.Id, o => contributions[o.Id].Sum(c => c.Delta), StringComparer.Ordinal);
        var ranking = decision.Options
            .Select((o, index) => (Option: o, Index: index))
            .OrderByDescending(x => Math.Round(totals[x.Option.Id], 6))
            .ThenBy(x => x.Index)
            .Select(x => Describe(x.Option, totals, contributions))
            .ToList();
        var tied = ranking.TakeWhile(r => Math.Abs(r.Score - ranking[0].Score) < Epsilon).Select(r => r.Option).ToList();
        return new Scored(ranking, ranking[0].Option, tied.Count > 1 ? tied : [], SplitAdvice(decision, ranking));
    }

    public static string AnswerText(Question question, AnswerValue value) => question.Kind switch
    {
        QuestionKind.Scale => value.Scale is { } n && question.Scale?.Steps.Count > 0
            ? $"{n.ToString(CultureInfo.InvariantCulture)} of {Question.ScaleMax} ({question.Scale.LabelOf(n)})"
            : $"{value.Scale} of {Question.ScaleMax}",
        QuestionKind.Note => value.Note ?? string.Empty,
        _ => string.Join(", ", value.Choices.Select(c => question.FindChoice(c)?.Label ?? c)),
    };

    private static OptionScore Describe(DecisionOption option, Dictionary<string, double> totals, Dictionary<string, List<Contribution>> contributions)
    {
        // Reasons are per question: in a team, the members' answers to one question count as one reason, explained
        // by the largest of the answers that moved the option the way the total does.
        var mine = contributions[option.Id]
            .GroupBy(c => c.Question.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                var total = g.Sum(c => c.Delta);
                var leading = g.Where(c => Math.Sign(c.Delta) == Math.Sign(total)).OrderByDescending(c => Math.Abs(c.Delta)).FirstOrDefault() ?? g.First();
                return leading with { Answer = string.Join(" / ", g.Select(c => c.Answer).Distinct(StringComparer.Ordinal)), Delta = total };
            })
            .Where(c => Math.Abs(c.Delta) > 1e-9)
            .ToList();
        var reasonsFor = Largest(mine.Where(c => c.Delta > 0).OrderByDescending(c => c.Delta).ToList());
        var reasonsAgainst = Largest(mine.Where(c => c.Delta < 0).OrderBy(c => c.Delta).ToList());
        return new OptionScore(option, Math.Round(totals[option.Id], 2), reasonsFor, reasonsAgainst, mine);
    }

    /// <summary>The largest contributions by size: <see cref="ReasonsPerSide"/>, and any others as large as the last of them.</summary>
    private static List<Contribution> Largest(List<Contribution> sorted)
    {
        if (sorted.Count <= ReasonsPerSide)
        {
            return sorted;
        }

        var cut = Math.Abs(sorted[ReasonsPerSide - 1].Delta);
        return [.. sorted.Where((c, i) => i < ReasonsPerSide || Math.Abs(Math.Abs(c.Delta) - cut) < Epsilon)];
    }

    /// <summary>
    /// Advice to consider the split when the best single-runtime option and the best one on the other runtime are within
    /// the rule's margin of each other and each leads on a different question (their strongest reasons differ), and the
    /// split itself scores above zero. Two Python options that are close never make a case for a split across runtimes.
    /// </summary>
    private static string? SplitAdvice(Decision decision, List<OptionScore> ranking)
    {
        if (decision.Hybrid is not { } rule || ranking[0].Option.Id == rule.Option)
        {
            return null;
        }

        var single = ranking.Where(r => r.Option.Id != rule.Option && r.Option.Runtime is not null).ToList();
        var first = single.FirstOrDefault();
        var second = single.FirstOrDefault(r => first is not null && r.Option.Runtime != first.Option.Runtime);
        if (first is null || second is null || first.For.Count == 0 || second.For.Count == 0)
        {
            return null;
        }

        var close = first.Score - second.Score <= rule.MaxMargin * Math.Max(Math.Abs(first.Score), 1);
        if (!close || first.For[0].Question.Id == second.For[0].Question.Id)
        {
            return null;
        }

        // A split the answers lean against (say, a team that wants one stack) is not worth pointing out.
        var split = decision.Option(rule.Option);
        var splitScore = ranking.First(r => r.Option.Id == split.Id).Score;
        if (splitScore <= 0)
        {
            return null;
        }
        return string.Create(CultureInfo.InvariantCulture,
            $"{first.Option.Label} ({first.Score:0.#}) and {second.Option.Label} ({second.Score:0.#}) run on different runtimes, are within {rule.MaxMargin:P0} " +
            $"of each other and lead on different questions ({first.For[0].Question.Prompt.TrimEnd('?')} / {second.For[0].Question.Prompt.TrimEnd('?')}): " +
            $"{split.Label} ({splitScore:0.#}) would play to both strengths.");
    }
}
