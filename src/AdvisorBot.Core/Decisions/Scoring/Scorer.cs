using System.Globalization;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Scoring;

/// <summary>
/// Deterministic scoring: an option's score is the sum, over the questions that apply, of the weights its answers
/// give that option (team answers averaged). Then the decision's hybrid rule, if any.
/// </summary>
public static class Scorer
{
    public const int ReasonsPerSide = 3;

    public sealed record Scored(IReadOnlyList<OptionScore> Ranking, DecisionOption Recommended, string? RuleApplied);

    public static Scored Score(Decision decision, WeightedAnswers answers)
    {
        var contributions = decision.Options.ToDictionary(o => o.Id, _ => new List<Contribution>(), StringComparer.Ordinal);
        foreach (var question in decision.Questions.Where(q => q.Kind != QuestionKind.Note && WeightedAnswers.Holds(q, answers)))
        {
            foreach (var (value, share) in answers.For(question.Id))
            {
                foreach (var option in decision.Options)
                {
                    var (delta, reason) = Delta(question, value, option.Id);
                    if (delta != 0)
                    {
                        contributions[option.Id].Add(new Contribution(question, AnswerText(question, value), delta * share, reason));
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
        var (recommended, rule) = ApplyHybridRule(decision, ranking);
        return new Scored(ranking, recommended, rule);
    }

    public static string AnswerText(Question question, AnswerValue value) => question.Kind switch
    {
        QuestionKind.Scale => $"{value.Scale} of {Question.ScaleMax}",
        QuestionKind.Note => value.Note ?? string.Empty,
        _ => string.Join(", ", value.Choices.Select(c => question.FindChoice(c)?.Label ?? c)),
    };

    private static (double Delta, string? Reason) Delta(Question question, AnswerValue value, string optionId)
    {
        if (question.Kind == QuestionKind.Scale)
        {
            var weight = question.ScaleWeights.GetValueOrDefault(optionId);
            return value.Scale is { } scale ? (weight * (scale - 3) / 2.0, question.ScaleReason) : (0, null);
        }

        double total = 0;
        string? reason = null;
        foreach (var choice in value.Choices.Select(question.FindChoice).OfType<Choice>())
        {
            var weight = choice.Weights.GetValueOrDefault(optionId);
            total += weight;
            if (weight != 0)
            {
                reason ??= choice.Reason;
            }
        }

        return (total, reason);
    }

    private static OptionScore Describe(DecisionOption option, Dictionary<string, double> totals, Dictionary<string, List<Contribution>> contributions)
    {
        // Reasons are per question: in a team, the members' answers to one question count as one reason.
        var mine = contributions[option.Id]
            .GroupBy(c => c.Question.Id, StringComparer.Ordinal)
            .Select(g => new Contribution(g.First().Question, string.Join(" / ", g.Select(c => c.Answer).Distinct(StringComparer.Ordinal)), g.Sum(c => c.Delta), g.First().Reason))
            .Where(c => Math.Abs(c.Delta) > 1e-9)
            .ToList();
        var reasonsFor = mine.Where(c => c.Delta > 0).OrderByDescending(c => c.Delta).Take(ReasonsPerSide).ToList();
        var reasonsAgainst = mine.Where(c => c.Delta < 0).OrderBy(c => c.Delta).Take(ReasonsPerSide).ToList();
        return new OptionScore(option, Math.Round(totals[option.Id], 2), reasonsFor, reasonsAgainst, mine);
    }

    /// <summary>
    /// Hybrid when the two best other options are within the rule's margin of the leader's score and each leads on a
    /// different question (their strongest reasons differ): the split plays to both strengths.
    /// </summary>
    private static (DecisionOption, string?) ApplyHybridRule(Decision decision, List<OptionScore> ranking)
    {
        var leader = ranking[0];
        if (decision.Hybrid is not { } rule || leader.Option.Id == rule.Option)
        {
            return (leader.Option, null);
        }

        var others = ranking.Where(r => r.Option.Id != rule.Option).Take(2).ToList();
        if (others.Count < 2 || others[0].For.Count == 0 || others[1].For.Count == 0)
        {
            return (leader.Option, null);
        }

        var (first, second) = (others[0], others[1]);
        var close = first.Score - second.Score <= rule.MaxMargin * Math.Max(Math.Abs(first.Score), 1);
        var differentStrengths = first.For[0].Question.Id != second.For[0].Question.Id;
        if (!close || !differentStrengths)
        {
            return (leader.Option, null);
        }

        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"{first.Option.Label} ({first.Score:0.#}) and {second.Option.Label} ({second.Score:0.#}) are within {rule.MaxMargin:P0} " +
            $"of each other and lead on different questions ({first.For[0].Question.Prompt.TrimEnd('?')} / {second.For[0].Question.Prompt.TrimEnd('?')}), " +
            $"so a split plays to both strengths.");
        return (decision.Option(rule.Option), explanation);
    }
}
