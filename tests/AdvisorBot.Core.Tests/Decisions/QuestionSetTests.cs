using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Tests.Decisions;

/// <summary>
/// The shipped questions are the target set users see (spec/QUESTIONS.md of the issue): the same question keys in
/// the same order, the same kinds and answer keys, so phrasing sets written against it keep working.
/// </summary>
public sealed class QuestionSetTests
{
    public static TheoryData<string, string, QuestionKind, string> Expected() => new()
    {
        { "node-or-python", "workload", QuestionKind.Single, "io data content batch mixed" },
        { "node-or-python", "realtime", QuestionKind.YesNo, "yes no" },
        { "node-or-python", "live-connections", QuestionKind.Scale, "" },
        { "node-or-python", "ml", QuestionKind.Single, "central some none" },
        { "node-or-python", "model-serving", QuestionKind.Single, "in-api separate-service batch" },
        { "node-or-python", "team-languages", QuestionKind.Single, "js python both neither" },
        { "node-or-python", "experience", QuestionKind.Single, "new some seasoned" },
        { "node-or-python", "time-to-market", QuestionKind.Single, "mvp steady prototype" },
        { "node-or-python", "priority", QuestionKind.Single, "performance delivery maintenance ecosystem" },
        { "node-or-python", "admin", QuestionKind.YesNo, "yes no" },
        { "node-or-python", "peak-load", QuestionKind.Scale, "" },
        { "node-or-python", "architecture", QuestionKind.Multiple, "gateway microservices serverless monolith" },
        { "node-or-python", "operations", QuestionKind.Single, "process-manager worker-pools containers no-preference" },
        { "node-or-python", "typing", QuestionKind.Single, "strict hints dynamic" },
        { "node-or-python", "polyglot", QuestionKind.YesNo, "yes no" },
        { "python-framework", "service-shape", QuestionKind.Single, "full-site small-api throughput-api internal-tool" },
        { "python-framework", "async", QuestionKind.YesNo, "yes no" },
        { "python-framework", "api-docs", QuestionKind.YesNo, "yes no" },
        { "python-framework", "framework-experience", QuestionKind.Single, "django flask fastapi none" },
        { "node-framework", "nf-structure", QuestionKind.Single, "minimal plugins full" },
        { "node-framework", "nf-team-size", QuestionKind.Scale, "" },
        { "node-framework", "nf-middleware", QuestionKind.YesNo, "yes no" },
        { "node-framework", "nf-framework-experience", QuestionKind.Single, "express fastify nestjs none" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Question_HasTheSpecifiedKindAndAnswerKeys(string decisionId, string questionId, QuestionKind kind, string choices)
    {
        var question = ShippedDecisions.Load().Get(decisionId).FindQuestion(questionId);

        Assert.NotNull(question);
        Assert.Equal(kind, question.Kind);
        Assert.Equal(choices.Split(' ', StringSplitOptions.RemoveEmptyEntries), question.Choices.Select(c => c.Id));
    }

    [Fact]
    public void AskedQuestions_ComeInTheSpecifiedOrder_WithNotesLastAndRepeatsCarried()
    {
        var catalog = ShippedDecisions.Load();
        foreach (var decisionId in new[] { "node-or-python", "python-framework", "node-framework" })
        {
            var expected = Expected().Select(row => (string[])[.. row.Select(o => o!.ToString()!)]).Where(r => r[0] == decisionId).Select(r => r[1]);
            var asked = catalog.Get(decisionId).Questions.Where(q => q.Kind != QuestionKind.Note && q.Carry is not { DecisionId: "node-or-python", QuestionId: "admin" }).Select(q => q.Id);
            Assert.Equal(expected, asked);
        }

        Assert.Equal("notes", catalog.Get("node-or-python").Questions[^1].Id);
        Assert.Null(catalog.Get("python-framework").FindQuestion("batteries"));
    }

    [Theory]
    [InlineData("node-or-python", "workload", "batch", "Batch or scheduled jobs and command-line tools")]
    [InlineData("node-or-python", "workload", "io", "Serving many requests that mostly wait on I/O (databases, other APIs)")]
    [InlineData("node-or-python", "ml", "central", "Central: models or analytics are the product")]
    [InlineData("node-or-python", "priority", "maintenance", "Readability and long-term maintenance")]
    [InlineData("node-or-python", "architecture", "gateway", "An API gateway or backend-for-frontend")]
    [InlineData("node-framework", "nf-structure", "full", "A lot: modules, dependency injection and a set project layout")]
    public void Choice_HasTheSpecifiedLabel(string decisionId, string questionId, string choiceId, string label) =>
        Assert.Equal(label, ShippedDecisions.Load().Get(decisionId).FindQuestion(questionId)!.FindChoice(choiceId)!.Label);

    [Fact]
    public void ModelServing_IsAskedWhenMachineLearningIsCentralOrSome()
    {
        var condition = Assert.Single(ShippedDecisions.Load().Get("node-or-python").FindQuestion("model-serving")!.When);

        Assert.Equal("ml", condition.QuestionId);
        Assert.Equal(["central", "some"], condition.Values);
    }

    [Theory]
    [InlineData("node-or-python", "architecture", "BFF")]
    [InlineData("node-or-python", "operations", "PM2")]
    [InlineData("node-or-python", "operations", "Celery")]
    [InlineData("node-or-python", "model-serving", "sidecar")]
    [InlineData("python-framework", "async", "ASGI")]
    public void Jargon_IsExplainedInTheHelpOfTheQuestionThatUsesIt(string decisionId, string questionId, string term)
    {
        var help = ShippedDecisions.Load().Get(decisionId).FindQuestion(questionId)!.Help;

        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(term)}\)? (\(|is |runs |lets )", help);
    }

    [Fact]
    public void TeamSizeScale_LabelsEveryStep_WithNumericBounds()
    {
        var scale = ShippedDecisions.Load().Get("node-framework").FindQuestion("nf-team-size")!.Scale!;

        Assert.Equal(["1 or 2", "3 to 5", "6 to 10", "11 to 25", "more than 25"], scale.Steps.Select(s => s.Label));
        Assert.Equal(1, scale.StepFor(2));
        Assert.Equal(2, scale.StepFor(4));
        Assert.Equal(3, scale.StepFor(8));
        Assert.Equal(5, scale.StepFor(40));
    }
}
