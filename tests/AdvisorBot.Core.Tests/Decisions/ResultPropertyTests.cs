using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Rendering;
using AdvisorBot.Core.Decisions.Scoring;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.Summaries;
using CsCheck;

namespace AdvisorBot.Core.Tests.Decisions;

/// <summary>
/// Random answer paths through the shipped decisions and their follow-ups, by one person or a two-member team: every
/// result is true to its own numbers. CsCheck shrinks a failing path to a small one and prints its seed.
/// </summary>
public sealed class ResultPropertyTests
{
    private const int Iterations = 300;
    private static readonly DecisionCatalog Catalog = ShippedDecisions.Load();
    private static readonly string[] Notes = ["Hiring plan first.", "hello", "ok", "We must pass a security review."];

    /// <summary>A path: whether it is a team, and raw numbers each question's answer is drawn from (two members).</summary>
    private static readonly Gen<(bool Team, uint[] Draws)> Paths =
        Gen.Select(Gen.Bool, Gen.UInt.Array[Catalog.All.Sum(d => d.Questions.Count) * 2]);

    public static TheoryData<string> Roots() => ["node-or-python", "python-framework", "node-framework"];

    [Theory]
    [MemberData(nameof(Roots))]
    public void TheRecommendedOption_NeverHasANegativeLead(string root) =>
        Paths.Sample(path => Assert.All(Results(root, path), result =>
        {
            Assert.True(result.Margin >= 0, $"lead of {result.Margin}");
            Assert.All(result.Ranking, r => Assert.True(result.ScoreOf(result.Recommended.Id).Score >= r.Score - 1e-9, $"{r.Option.Id} {r.Score} beats the recommended {result.Recommended.Id}"));
            var text = DecisionText.Result(result);
            Assert.DoesNotContain("lead of -", text, StringComparison.Ordinal);
            Assert.DoesNotContain("lead of −", text, StringComparison.Ordinal);
        }), iter: Iterations);

    [Theory]
    [MemberData(nameof(Roots))]
    public void ATie_IsCalledATie_AndSaysWhatWouldBreakIt_AndAWinIsNever(string root) =>
        Paths.Sample(path => Assert.All(Results(root, path), result =>
        {
            var top = result.Ranking[0].Score;
            var tied = result.Ranking.Count(r => Math.Abs(r.Score - top) < 1e-6);
            var text = DecisionText.Result(result);
            if (tied > 1)
            {
                Assert.True(result.IsTie);
                Assert.Equal(tied, result.Tied.Count);
                Assert.Contains($"a tie between {ResultWording.ListOf(result.Tied.Select(o => o.Label))}", text, StringComparison.Ordinal);
                Assert.Contains("What would break the tie:", text, StringComparison.Ordinal);
                Assert.DoesNotContain("lead of", text, StringComparison.Ordinal);
            }
            else
            {
                Assert.False(result.IsTie);
                Assert.True(result.Margin > 0);
                Assert.Contains($"(lead of {ResultWording.Points(result.Margin)}", text, StringComparison.Ordinal);
                Assert.DoesNotContain("a tie", text, StringComparison.Ordinal);
            }
        }), iter: Iterations);

    [Theory]
    [MemberData(nameof(Roots))]
    public void EveryReasonListedUnderAnOption_MovesThatOption_AndIsTheFilesReasonForIt(string root) =>
        Paths.Sample(path =>
        {
            var (results, session) = Play(root, path);
            foreach (var result in results)
            {
                foreach (var option in result.Ranking)
                {
                    foreach (var c in option.For.Concat(option.Against))
                    {
                        Assert.Equal(option.Option.Id, c.OptionId);
                        Assert.True(option.For.Contains(c) ? c.Delta > 0 : c.Delta < 0, $"{c.Question.Id} moves {option.Option.Id} by {c.Delta}");
                        Assert.True(c.Reason is null || OnlyFileReasons(c.Reason, Allowed(result.Decision, session, c)), $"under {option.Option.Id}: \"{c.Reason}\"");
                        Assert.True(c.Reason is null || NamesOnlyItsOwnOption(c.Reason, option.Option, result.Decision), $"under {option.Option.Id}: \"{c.Reason}\"");
                    }
                }
            }
        }, iter: Iterations);

    [Theory]
    [MemberData(nameof(Roots))]
    public void TheWinnersReasons_IncludeItsLargestContributions(string root) =>
        Paths.Sample(path => Assert.All(Results(root, path), result =>
        {
            var winner = result.ScoreOf(result.Recommended.Id);
            var positive = winner.All.Where(c => c.Delta > 0).ToList();
            Assert.True(winner.For.Count >= Math.Min(Scorer.ReasonsPerSide, positive.Count));
            var smallestShown = winner.For.Count == 0 ? double.MaxValue : winner.For.Min(c => c.Delta);
            Assert.All(positive.Where(c => c.Delta > smallestShown + 1e-9), c => Assert.Contains(c, winner.For));
        }), iter: Iterations);

    [Theory]
    [MemberData(nameof(Roots))]
    public void TheSplit_IsOnlyAdvised_WhenTheCloseOptionsRunOnDifferentRuntimes(string root) =>
        Paths.Sample(path => Assert.All(Results(root, path), result =>
        {
            if (result.SplitAdvice is not { } advice)
            {
                return;
            }

            var named = result.Ranking.Select(r => r.Option).Where(o => o.Runtime is not null && advice.StartsWith(o.Label + " (", StringComparison.Ordinal) || advice.Contains(" and " + o.Label + " (", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, named.Select(o => o.Runtime).Distinct().Count());
            Assert.NotEqual(result.Decision.Hybrid!.Option, result.Recommended.Id);
        }), iter: Iterations);

    private static IReadOnlyList<DecisionResult> Results(string root, (bool Team, uint[] Draws) path) => Play(root, path).Results;

    /// <summary>Answers every question of the chain from the draws, closes them all, and returns the chain's results.</summary>
    private static (IReadOnlyList<DecisionResult> Results, DialogSession Session) Play(string root, (bool Team, uint[] Draws) path)
    {
        var session = new DialogSession { RootDecisionId = root, Team = path.Team, StartedAt = DateTimeOffset.UnixEpoch };
        var members = path.Team ? new[] { ("ana", "Ana"), ("ben", "Ben") } : [("ana", "Ana")];
        foreach (var (id, name) in members)
        {
            session.Join(id, name);
        }

        var draw = 0;
        foreach (var decision in Catalog.All)
        {
            foreach (var question in decision.Questions)
            {
                foreach (var (id, _) in members)
                {
                    var n = path.Draws[draw++ % path.Draws.Length];
                    if (question.Carry is not null && n % 2 == 0)
                    {
                        continue; // leave it to the carry where the earlier answer settles it
                    }

                    session.Answers.Add(Answer(decision, question, id, n));
                }

                session.Closed.Add(DialogProgress.Key(decision, question));
            }
        }

        var progress = DialogProgress.Of(session, Catalog);
        Assert.True(progress.IsFinished);
        foreach (var result in progress.Results)
        {
            _ = AdrWriter.Write(progress.Results, session, null);
            _ = AdvisorBot.Core.Cards.Data.SummaryCardData.From(result, session);
        }

        return (progress.Results, session);
    }

    private static AnswerRecord Answer(Decision decision, Question question, string member, uint n)
    {
        if (question.Skippable && n % 7 == 0)
        {
            return new AnswerRecord(member, decision.Id, question.Id, [], null, null, true, DateTimeOffset.UnixEpoch);
        }

        var value = question.Kind switch
        {
            QuestionKind.Scale => AnswerValue.OfScale(Question.ScaleMin + (int)(n % Question.ScaleMax)),
            QuestionKind.Note => AnswerValue.OfNote(Notes[n % Notes.Length]),
            QuestionKind.Multiple => new AnswerValue([.. question.Choices.Where((_, i) => ((1 + (n % ((1u << question.Choices.Count) - 1))) & (1u << i)) != 0).Select(c => c.Id)], null, null),
            _ => AnswerValue.OfChoice(question.Choices[(int)(n % (uint)question.Choices.Count)].Id),
        };
        return new AnswerRecord(member, decision.Id, question.Id, value.Choices, value.Scale, value.Note, false, DateTimeOffset.UnixEpoch);
    }

    /// <summary>The reasons the decision file gives for moving this contribution's option, in its direction, by the answers given.</summary>
    private static List<string> Allowed(Decision decision, DialogSession session, Contribution c)
    {
        var records = DecisionAnswers.Of(session, decision).Records.Where(r => r.QuestionId == c.Question.Id && !r.Skipped);
        var question = c.Question;
        return question.Kind == QuestionKind.Scale
            ? [.. records.Where(r => Math.Sign(question.ScaleWeights.GetValueOrDefault(c.OptionId) * ((r.Scale ?? 3) - 3)) == Math.Sign(c.Delta))
                .Select(r => question.ScaleReasonFor(c.OptionId, r.Scale!.Value)).OfType<string>()]
            : [.. records.SelectMany(r => r.Choices).Select(question.FindChoice).OfType<Choice>()
                .Where(choice => Math.Sign(choice.Weights.GetValueOrDefault(c.OptionId)) == Math.Sign(c.Delta))
                .Select(choice => choice.ReasonFor(c.OptionId)).OfType<string>()];
    }

    /// <summary>The shown reason is made only of the file's reasons (a multiple-choice answer joins several).</summary>
    private static bool OnlyFileReasons(string reason, List<string> allowed)
    {
        var rest = reason;
        foreach (var text in allowed.Distinct().OrderByDescending(t => t.Length))
        {
            rest = rest.Replace(text.EndsWith('.') ? text : text + ".", string.Empty, StringComparison.Ordinal);
        }

        return allowed.Count > 0 && rest.Trim().Length == 0;
    }

    private static bool NamesOnlyItsOwnOption(string reason, DecisionOption option, Decision decision) =>
        ReasonCheck.NamesOption(reason, option) || !decision.Options.Any(o => o.Id != option.Id && ReasonCheck.NamesOption(reason, o));
}
