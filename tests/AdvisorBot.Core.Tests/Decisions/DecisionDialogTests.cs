using AdvisorBot.Core.Tests.Fakes;

namespace AdvisorBot.Core.Tests.Decisions;

/// <summary>The dialog engine on a small test decision: answers, commands, scoring, conditions, follow-ups, teams.</summary>
public sealed class DecisionDialogTests : IDisposable
{
    private readonly DecisionFiles _files = new(("lunch.yaml", DecisionFiles.Lunch), ("topping.yaml", DecisionFiles.Topping));

    public void Dispose() => _files.Dispose();

    private DialogDriver Driver(bool team = false) => new(DecisionFileValidationTests.Load(_files.Folder, "lunch"), team: team);

    [Fact]
    public async Task FullRun_AsksOneQuestionAtATime_AndEndsWithAnExplainedRecommendationAndTheFollowUp()
    {
        var bot = Driver();

        var first = await bot.SayAsync("decide");
        Assert.Contains("Are you hungry?", first, StringComparison.Ordinal);
        Assert.Contains("Question 1 of about 5", first, StringComparison.Ordinal);
        var budget = await bot.SayAsync("yes");
        Assert.Contains("How big is the budget?", budget, StringComparison.Ordinal);
        Assert.Contains("One question fewer: \"Do you like raw fish?\" does not apply, given the answer to \"Are you hungry?\" (Yes).", budget, StringComparison.Ordinal);
        Assert.Contains("Question 2 of 4", budget, StringComparison.Ordinal);
        var extras = await bot.SayAsync("2");
        Assert.Contains("Question 3 of 4", extras, StringComparison.Ordinal);
        Assert.Contains("Which extras?", extras, StringComparison.Ordinal);
        Assert.DoesNotContain("raw fish", extras, StringComparison.Ordinal);
        Assert.Contains("Anything else?", await bot.SayAsync("cheese, soda"), StringComparison.Ordinal);
        var result = await bot.SayAsync("we are in a hurry");

        Assert.Contains("Recommendation for \"Where do we eat?\": Pizza", result, StringComparison.Ordinal);
        Assert.Contains("Are you hungry: Yes (+2) — Pizza fills you up. [1]", result, StringComparison.Ordinal);
        Assert.Contains("[1] Article A (a.txt), \"Intro\"", result, StringComparison.Ordinal);
        Assert.Contains("What would flip it:", result, StringComparison.Ordinal);
        Assert.Contains("Next, a follow-up decision: Which topping?", result, StringComparison.Ordinal);
        Assert.Contains("Recommendation for \"Which topping?\": Pepperoni", await bot.SayAsync("yeah"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConditionalQuestion_IsAskedOnlyWhenItsConditionHolds()
    {
        var bot = Driver();
        await bot.SayAsync("decide lunch");
        await bot.SayAsync("no");

        var fish = await bot.SayAsync("3");

        Assert.Contains("Do you like raw fish?", fish, StringComparison.Ordinal);
        Assert.Contains("Which extras?", await bot.SayAsync("sashimi"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Back_UndoesTheLastAnswerExactly()
    {
        var bot = Driver();
        await bot.SayAsync("decide");
        await bot.SayAsync("no");
        Assert.Contains("raw fish", await bot.SayAsync("4"), StringComparison.Ordinal);

        var undone = await bot.SayAsync("back");
        Assert.Contains("Undid your answer to \"How big is the budget?\"", undone, StringComparison.Ordinal);
        Assert.Contains("How big is the budget?", undone, StringComparison.Ordinal);

        Assert.Contains("Undid your answer to \"Are you hungry?\"", await bot.SayAsync("back"), StringComparison.Ordinal);
        await bot.SayAsync("yes");
        var budget = await bot.SayAsync("1");
        Assert.DoesNotContain("raw fish", budget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidAnswer_RepromptsWithWhatIsAccepted()
    {
        var bot = Driver();
        await bot.SayAsync("decide");

        var reprompt = await bot.SayAsync("purple elephants");

        Assert.Contains("Sorry, I didn't catch that. Please answer with yes or no.", reprompt, StringComparison.Ordinal);
        Assert.Contains("Are you hungry?", reprompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipIsRefusedWhereNotAllowed_AndAcceptedWhereAllowed()
    {
        var bot = Driver();
        await bot.SayAsync("decide");
        Assert.Contains("can't be skipped", await bot.SayAsync("skip"), StringComparison.Ordinal);
        await bot.SayAsync("yes");
        await bot.SayAsync("3");

        Assert.Contains("Anything else?", await bot.SayAsync("skip"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionMidDialog_GoesToTheAnswerer_ThenThePendingQuestionIsAskedAgain()
    {
        var bot = Driver();
        await bot.SayAsync("decide");

        var reply = await bot.SayAsync("what does the GIL do?");

        Assert.Contains("once the knowledge base is in", reply, StringComparison.Ordinal);
        Assert.Contains("Are you hungry?", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamSession_KeepsEachMembersAnswers_AndReportsDisagreementsByName()
    {
        var bot = Driver(team: true);
        Assert.Contains("team session", await bot.SayAsync("decide", "ana", "Ana"), StringComparison.Ordinal);
        await bot.SayAsync("yes", "ana", "Ana");
        var waiting = await bot.SayAsync("1", "ben", "Ben");
        Assert.Contains("Noted, Ben: 1 of 5.", waiting, StringComparison.Ordinal);
        Assert.Contains("Waiting for Ana, or say next.", waiting, StringComparison.Ordinal);
        await bot.SayAsync("5", "ana", "Ana");
        await bot.SayAsync("skip", "ana", "Ana");
        await bot.SayAsync("skip", "ben", "Ben");
        await bot.SayAsync("skip", "ana", "Ana");

        var result = await bot.SayAsync("skip", "ben", "Ben");

        Assert.Contains("Where the team disagrees:", result, StringComparison.Ordinal);
        Assert.Contains("How big is the budget? Ana: 5 of 5; Ben: 1 of 5", result, StringComparison.Ordinal);
        Assert.Contains("Who leans where:", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoMembersAnsweringAtTheSameMoment_LoseNothing()
    {
        var store = new InMemoryStateStore();
        var catalog = DecisionFileValidationTests.Load(_files.Folder, "lunch");
        var bot = new DialogDriver(catalog, store, team: true);
        await bot.SayAsync("decide", "ana", "Ana");
        await bot.SayAsync("yes", "ana", "Ana");
        await bot.SayAsync("2", "ben", "Ben");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => bot.SayAsync(i % 2 == 0 ? "4" : "2", $"member{i}", $"Member {i}"))));

        var status = await bot.SayAsync("status", "ana", "Ana");
        for (var i = 0; i < 8; i++)
        {
            Assert.Contains($"Member {i}: {(i % 2 == 0 ? 4 : 2)} of 5", status, StringComparison.Ordinal);
        }

        Assert.Contains("Ben: 2 of 5", status, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cancle")]
    [InlineData("CANCEL")]
    [InlineData("stop")]
    public async Task Cancel_IsCaseInsensitiveAndTypoTolerant_AndEndsCleanly(string typed)
    {
        var bot = Driver();
        await bot.SayAsync("decide");

        Assert.Contains("Cancelled \"Where do we eat?\"", await bot.SayAsync(typed), StringComparison.Ordinal);
        Assert.Contains("No decision is under way", await bot.SayAsync("status"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_StartsFromTheFirstQuestion()
    {
        var bot = Driver();
        await bot.SayAsync("decide");
        await bot.SayAsync("yes");

        var restarted = await bot.SayAsync("restrat");

        Assert.Contains("Starting over.", restarted, StringComparison.Ordinal);
        Assert.Contains("Question 1 of", restarted, StringComparison.Ordinal);
        Assert.Contains("Are you hungry?", restarted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EqualBestScores_AreCalledATie_WithWhatWouldBreakIt_AndTheSplitAsAdviceOnly()
    {
        var bot = Driver();
        await bot.SayAsync("decide");
        await bot.SayAsync("yes");
        await bot.SayAsync("5");
        await bot.SayAsync("soda");

        var result = await bot.SayAsync("skip");

        Assert.Contains("Recommendation for \"Where do we eat?\": a tie between Pizza and Sushi", result, StringComparison.Ordinal);
        Assert.Contains("How decisive: a tie (2 points each).", result, StringComparison.Ordinal);
        Assert.Contains("What would break the tie: if \"Are you hungry?\" were \"No\" instead of \"Yes\", Sushi would lead.", result, StringComparison.Ordinal);
        Assert.Contains("Worth weighing, a split: Pizza (2) and Sushi (2) run on different runtimes, are within 20 % of each other and lead on different questions", result, StringComparison.Ordinal);
        Assert.Contains("Both, shared platter (1) would play to both strengths.", result, StringComparison.Ordinal);
        Assert.DoesNotContain("lead of", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATieWithAQuestionLeftOpen_SaysWhichAnswerWouldBreakIt_AndNoSplitTheAnswersLeanAgainst()
    {
        var bot = Driver();
        await bot.SayAsync("decide");
        await bot.SayAsync("yes");
        await bot.SayAsync("5");
        await bot.SayAsync("skip");

        var result = await bot.SayAsync("skip");

        Assert.Contains("a tie between Pizza and Sushi", result, StringComparison.Ordinal);
        Assert.Contains("What would break the tie: an answer to \"Which extras?\", left open: \"Extra cheese\" would put Pizza ahead.", result, StringComparison.Ordinal);
        Assert.Contains("Left open (skipped or not answered): Which extras?", result, StringComparison.Ordinal);
        Assert.DoesNotContain("a split", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlipPoint_NamesTheAnswerThatWouldChangeTheRecommendation()
    {
        var bot = Driver();
        await bot.SayAsync("decide");
        await bot.SayAsync("yes");
        await bot.SayAsync("3");
        await bot.SayAsync("skip");

        var result = await bot.SayAsync("skip");

        Assert.Contains("Recommendation for \"Where do we eat?\": Pizza", result, StringComparison.Ordinal);
        Assert.Contains("What would flip it: if \"Are you hungry?\" were \"No\" instead of \"Yes\", I would recommend Sushi.", result, StringComparison.Ordinal);
    }
}
