using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;
using AdvisorBot.Core.Tests.Fakes;

namespace AdvisorBot.Core.Tests.Decisions;

/// <summary>
/// Random conversations with the shipped decisions — answers in every accepted form, back, skip, cancel, restart,
/// status, questions and garbage — always end in a recommendation or a clean cancel.
/// </summary>
public sealed class DialogPropertyTests
{
    private const int Runs = 150;
    private const int RandomSteps = 40;
    private const int MaxSteps = 400;
    private static readonly string[] Garbage = ["purple elephants", "asdfgh", "42", "-1", "!!!", "maybe later", "🙂", "   "];

    [Fact]
    public async Task RandomAnswerSequences_AlwaysEndInARecommendationOrACleanCancel()
    {
        var catalog = ShippedDecisions.Load();
        var outcomes = new Dictionary<string, int>();
        for (var run = 0; run < Runs; run++)
        {
            var outcome = await PlayAsync(catalog, new Random(run), run);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        Assert.True(outcomes.GetValueOrDefault("finished") > Runs / 3, string.Join(", ", outcomes));
        Assert.True(outcomes.GetValueOrDefault("cancelled") > 0, string.Join(", ", outcomes));
        Assert.Equal(Runs, outcomes.GetValueOrDefault("finished") + outcomes.GetValueOrDefault("cancelled"));
    }

    private static async Task<string> PlayAsync(DecisionCatalog catalog, Random random, int run)
    {
        var store = new InMemoryStateStore();
        var bot = new DialogDriver(catalog, store);
        Assert.Contains("Question 1 of", await bot.SayAsync("decide"), StringComparison.Ordinal);
        for (var step = 0; step < MaxSteps; step++)
        {
            var session = await SessionAsync(store);
            if (session.Status == SessionStatus.Cancelled)
            {
                return "cancelled";
            }

            if (session.Status == SessionStatus.Finished)
            {
                return "finished";
            }

            var pending = DialogProgress.Of(session, catalog).Pending!;
            var text = step < RandomSteps ? RandomMove(random, pending.Question) : ValidAnswer(random, pending.Question);
            var reply = await bot.SayAsync(text);
            Assert.False(string.IsNullOrWhiteSpace(reply), $"run {run}, step {step}: no reply to \"{text}\"");
        }

        throw new InvalidOperationException($"run {run} did not end within {MaxSteps} steps");
    }

    private static string RandomMove(Random random, Question question) => random.Next(100) switch
    {
        < 55 => ValidAnswer(random, question),
        < 65 => "back",
        < 72 => "skip",
        < 73 => random.Next(2) == 0 ? "cancel" : "stop",
        < 77 => "restart",
        < 82 => "status",
        < 86 => "what is the GIL?",
        _ => Garbage[random.Next(Garbage.Length)],
    };

    /// <summary>A valid answer in one of the accepted forms: number, label, synonym, near miss, list, scale word, note.</summary>
    private static string ValidAnswer(Random random, Question question)
    {
        switch (question.Kind)
        {
            case QuestionKind.Note:
                return "Keep the ops team in the loop.";
            case QuestionKind.Scale:
                return random.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case QuestionKind.Multiple:
                var picks = Enumerable.Range(1, question.Choices.Count).OrderBy(_ => random.Next()).Take(random.Next(1, 3));
                return string.Join(", ", picks);
        }

        var index = random.Next(question.Choices.Count);
        var choice = question.Choices[index];
        return random.Next(4) switch
        {
            0 => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => choice.Label,
            2 when choice.Synonyms.Count > 0 && Unique(question, choice.Synonyms[0]) => choice.Synonyms[0],
            _ => choice.Label.ToUpperInvariant(),
        };
    }

    private static bool Unique(Question question, string synonym) =>
        question.Choices.Count(c => c.Synonyms.Contains(synonym, StringComparer.OrdinalIgnoreCase)
            || string.Equals(c.Label, synonym, StringComparison.OrdinalIgnoreCase)) == 1;

    private static async Task<DialogSession> SessionAsync(IStateStore store)
    {
        var (session, _) = await store.ReadAsync<DialogSession>("dialog/test/conv-1/u1", CancellationToken.None);
        return session!;
    }
}
