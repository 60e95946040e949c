using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>Single and multiple choice from words: names, negation scope per clause, "both", near misses.</summary>
public sealed class ChoiceReadingTests
{
    [Theory]
    [InlineData("model-serving", "no ML in the API, a separate service", "=separate-service")]
    [InlineData("model-serving", "a separate service", "=separate-service")]
    [InlineData("ml", "it's not central, just some reporting", "=some")]
    [InlineData("ml", "nope, no ML", "=none")]
    [InlineData("ml", "none", "=none")]
    [InlineData("ml", "we don't do any ML", "=none")]
    [InlineData("typing", "we don't need types", "=dynamic")]
    [InlineData("typing", "strict types", "=strict")]
    [InlineData("experience", "very experienced", "=seasoned")]
    [InlineData("experience", "a mix of juniors and seniors", "ask:some|new|seasoned")]
    [InlineData("workload", "lots of DB calls and external APIs", "=io")]
    [InlineData("workload", "mostly waiting on the database", "=io")]
    [InlineData("ml", "we have no data science at all", "=none")]
    [InlineData("time-to-market", "no rush", "=steady")]
    [InlineData("operations", "either is fine", "=no-preference")]
    [InlineData("ml", "it's the product", "ask:central")]
    [InlineData("workload", "I/O bound", "=io")]
    [InlineData("workload", "crunching data", "=data")]
    [InlineData("workload", "Pages, forms and content for a webiste", "=content")]
    [InlineData("workload", "io and data", "ask:io|data")]
    [InlineData("workload", "purple elephants", "x")]
    [InlineData("team-languages", "typescript", "=js")]
    [InlineData("team-languages", "both", "=both")]
    [InlineData("team-languages", "JS and Python", "=both")]
    [InlineData("team-languages", "neither", "=neither")]
    [InlineData("team-languages", "mostly java folks", "=neither")]
    [InlineData("team-languages", "we are a go shop", "x")]
    [InlineData("typing", "no types", "=dynamic")]
    [InlineData("operations", "we don't care", "=no-preference")]
    [InlineData("operations", "gunicorn with a celery queue", "=worker-pools")]
    [InlineData("operations", "kubernets", "=containers")]
    [InlineData("operations", "containers rather than pm2", "=containers")]
    [InlineData("operations", "instead of pm2 we use docker", "=containers")]
    [InlineData("operations", "2", "=worker-pools")]
    [InlineData("operations", "the second one", "=worker-pools")]
    [InlineData("operations", "1, 2", "x")]
    [InlineData("operations", "9", "x")]
    [InlineData("ml", "it might become central", "ask:central")]
    [InlineData("ml", "some analytics, possibly", "ask:some")]
    [InlineData("ml", "some, maybe more later", "=some")]
    [InlineData("workload", "could be data crunching or could be plain pages", "ask:data|content")]
    [InlineData("time-to-market", "weeks or months", "ask:mvp|steady")]
    [InlineData("experience", "no one has built a backend before", "ask:new|some|seasoned")]
    [InlineData("ml", "not at all", "=none")]
    [InlineData("ml", "zilch, we just store orders", "=none")]
    [InlineData("workload", "mainly CRUD on the database, a little number crunching", "=io")]
    [InlineData("operations", "mostly docker, the odd pm2 box", "=containers")]
    [InlineData("typing", "optional hints here and there, we are not dogmatic about it", "=hints")]
    [InlineData("typing", "typescript strict mode, no PR gets in without it", "=strict")]
    [InlineData("typing", "typescript, we don't want it", "ask:hints|dynamic")]
    [InlineData("architecture", "a gateway years back, I doubt that's still how it works", "ask:gateway")]
    [InlineData("operations", "we tried celery once, doubtful it is still running", "ask:worker-pools")]
    [InlineData("team-languages", "mostly typescript, a couple of people dabble in django", "ask:js|python")]
    [InlineData("ml", "zero - it's a booking backend", "=none")]
    [InlineData("typing", "none, plain scripts are fine", "=dynamic")]
    [InlineData("team-languages", "python? js? not sure", "ask:python|js")]
    [InlineData("team-languages", "python + typescript", "=both")]
    [InlineData("experience", "twelve years of backend each", "=seasoned")]
    [InlineData("experience", "3 yrs on average", "=some")]
    [InlineData("priority", "code that is easy to maintain", "=maintenance")]
    [InlineData("ml", "nothing of the sort, it's a booking site", "=none")]
    [InlineData("operations", "we don't mind", "=no-preference")]
    [InlineData("operations", "I don't mind either way", "=no-preference")]
    [InlineData("operations", "don't mind pm2", "ask:no-preference|process-manager")]
    public void SingleChoice_IsReadFromWords(string questionId, string text, string expected)
    {
        Readings.AssertReads("node-or-python", questionId, text, expected);
    }

    [Theory]
    [InlineData("service-shape", "a high-throughput API", "=throughput-api")]
    [InlineData("service-shape", "an internal tool", "=internal-tool")]
    [InlineData("framework-experience", "we used Flask before", "=flask")]
    [InlineData("framework-experience", "none", "=none")]
    [InlineData("framework-experience", "Django mainly, a bit of FastAPI on the side", "=django")]
    [InlineData("async", "some upstream calls take 30 seconds", "=yes")]
    [InlineData("async", "each call takes 1 second", "x")]
    public void FollowUpQuestions_AreReadTheSameWay(string questionId, string text, string expected)
    {
        Readings.AssertReads("python-framework", questionId, text, expected);
    }

    [Theory]
    [InlineData("microservices but no serverless", "=microservices")]
    [InlineData("both a gateway and microservices", "=gateway,microservices")]
    [InlineData("1, 3", "=gateway,serverless")]
    [InlineData("1 and 4", "=gateway,monolith")]
    [InlineData("all of them", "=gateway,microservices,serverless,monolith")]
    [InlineData("all except serverless", "=gateway,microservices,monolith")]
    [InlineData("a single app", "=monolith")]
    [InlineData("just one service", "=monolith")]
    [InlineData("a bunch of small services", "=microservices")]
    [InlineData("no serverless", "x")]
    [InlineData("what is a BFF?", "?")]
    [InlineData("lambdas, plus one legacy monolith we can't kill yet", "=serverless,monolith")]
    [InlineData("microservices, and we won't get rid of the gateway", "=gateway,microservices")]
    [InlineData("microservices, we are retiring the monolith", "=microservices")]
    [InlineData("just the BFF really, the services behind it belong to other teams", "ask:gateway|gateway,microservices")]
    [InlineData("not just microservices, a gateway too", "=gateway,microservices")]
    [InlineData("maybe microservices", "ask:microservices")]
    [InlineData("neither microservices nor serverless, just one app", "=monolith")]
    [InlineData("we are moving from a monolith to microservices", "=microservices")]
    [InlineData("one django app, maybe a couple of celery workers next to it", "=monolith")]
    [InlineData("a single python service", "=monolith")]
    [InlineData("one more service", "=microservices")]
    [InlineData("migrating off our monolith into serverless functions", "=serverless")]
    [InlineData("moving away from microservices, back to one app", "=monolith")]
    [InlineData("microservices, maybe", "ask:microservices")]
    [InlineData("microservices, plus maybe a gateway", "ask:gateway,microservices|microservices")]
    [InlineData("one app deployed as a whole, and maybe split it later", "=monolith")]
    [InlineData("either a monolith or microservices", "ask:monolith|microservices|microservices,monolith")]
    [InlineData("all four tbh", "=gateway,microservices,serverless,monolith")]
    [InlineData("a front door in front of small services", "=gateway,microservices")]
    public void MultipleChoice_TakesEveryChoiceNamedAndNotNegated(string text, string expected)
    {
        Readings.AssertReads("node-or-python", "architecture", text, expected);
    }

    [Fact]
    public void Clarify_PromptNamesTheCandidates()
    {
        var reading = Assert.IsType<Understood.Clarify>(Readings.Read("node-or-python", "ml", "not central at all"));

        Assert.Equal("Did you mean \"Some reporting or light analytics\" or \"None\"?", reading.Prompt);
    }

    [Theory]
    [InlineData("what is PM2?")]
    [InlineData("what is pm2")]
    [InlineData("how does PM2 work")]
    [InlineData("explain celery")]
    [InlineData("is docker the same as containers?")]
    [InlineData("pm2?")]
    public void QuestionsNamingAChoice_AreQuestions(string text)
    {
        Assert.IsType<Understood.Question>(Readings.Read("node-or-python", "operations", text));
    }

    [Theory]
    [InlineData("how about containers", "=containers")]
    [InlineData("whatever", "=no-preference")]
    [InlineData("doesn't matter", "x")]
    public void AnswersOpeningLikeQuestions_AreAnswers(string text, string expected)
    {
        Readings.AssertReads("node-or-python", "operations", text, expected);
    }

    [Fact]
    public void Note_TakesAnyTextButAQuestion()
    {
        Assert.Equal("=", Readings.Of(Readings.Read("node-or-python", "notes", "We must hire for this")));
        Assert.Equal("We must hire for this", Assert.IsType<Understood.Recorded>(Readings.Read("node-or-python", "notes", " We must hire for this ")).Value.Note);
        Assert.IsType<Understood.Question>(Readings.Read("node-or-python", "notes", "can we hire Python developers easily?"));
    }
}
