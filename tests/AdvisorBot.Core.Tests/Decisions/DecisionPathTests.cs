using System.Globalization;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Scoring;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Tests.Decisions;

/// <summary>The worked answer paths written at the top of each decision file end with the scores the file states.</summary>
public sealed class DecisionPathTests
{
    public static TheoryData<string, string, string> Paths() => new()
    {
        {
            "node-or-python",
            "workload=io realtime=yes live-connections=5 ml=none team-languages=js experience=seasoned time-to-market=mvp priority=performance admin=no peak-load=5 architecture=gateway,microservices operations=process-manager typing=strict polyglot=no",
            "node 26, python-fastapi 8, python-flask 3, hybrid 2, python-django 1"
        },
        {
            "node-or-python",
            "workload=data realtime=no ml=central model-serving=in-api team-languages=python experience=seasoned time-to-market=steady priority=performance admin=no peak-load=4 architecture=microservices operations=worker-pools typing=strict polyglot=no",
            "python-fastapi 17.5, python-flask 9, python-django 7.5, hybrid 5, node 4"
        },
        {
            "node-or-python",
            "workload=mixed realtime=yes live-connections=4 ml=central model-serving=separate-service team-languages=both experience=seasoned time-to-market=steady priority=delivery admin=no peak-load=4 architecture=gateway,microservices operations=containers typing=strict polyglot=yes",
            "hybrid 18.5, node 14, python-fastapi 10.5, python-flask 5, python-django 2.5"
        },
        {
            "node-or-python",
            "workload=content realtime=no ml=none team-languages=python experience=seasoned time-to-market=steady priority=maintenance admin=no peak-load=1 architecture=gateway operations=process-manager typing=strict polyglot=no",
            "python-django 8, python-fastapi 7, node 6, python-flask 6, hybrid -2"
        },
        {
            "python-framework",
            "admin=no service-shape=throughput-api async=yes api-docs=yes framework-experience=fastapi",
            "fastapi 11, flask 1, django 0"
        },
        {
            "python-framework",
            "admin=yes service-shape=full-site async=no api-docs=no framework-experience=none",
            "django 7, flask 3, fastapi 0"
        },
        {
            "node-framework",
            "nf-structure=full nf-team-size=4 nf-middleware=no nf-framework-experience=none",
            "nestjs 5, fastify 1, express 0.5"
        },
        {
            "node-framework",
            "nf-structure=minimal nf-team-size=1 nf-middleware=yes nf-framework-experience=express",
            "express 8, fastify 1, nestjs -2"
        },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void WorkedPath_EndsWithTheScoresItsFileStates(string decisionId, string path, string scores)
    {
        var decision = ShippedDecisions.Load().Get(decisionId);

        var result = ResultBuilder.Build(decision, Session(decision, path));

        Assert.Equal(scores, string.Join(", ", result.Ranking.Select(r => $"{r.Option.Id} {r.Score.ToString("0.#", CultureInfo.InvariantCulture)}")));
        Assert.False(result.IsTie);
    }

    [Fact]
    public void ContentSiteOfAPythonTeam_IsNotCalledASplit_AndHasNoNegativeLead()
    {
        var decision = ShippedDecisions.Load().Get("node-or-python");
        var path = Paths().Select(row => (string)row[1]).First(p => p.StartsWith("workload=content", StringComparison.Ordinal));

        var result = ResultBuilder.Build(decision, Session(decision, path));

        Assert.Equal("python-django", result.Recommended.Id);
        Assert.Null(result.SplitAdvice);
        Assert.True(result.Margin >= 0);
    }

    /// <summary>A one-person session that answered <paramref name="path"/> ("question=choice,choice" or "question=3").</summary>
    public static DialogSession Session(Decision decision, string path)
    {
        var session = new DialogSession { RootDecisionId = decision.Id, StartedAt = DateTimeOffset.UnixEpoch };
        session.Join("u1", "Ana");
        foreach (var pair in path.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (questionId, answer) = (pair.Split('=')[0], pair.Split('=')[1]);
            var question = decision.FindQuestion(questionId) ?? throw new InvalidOperationException($"no question {questionId}");
            var value = question.Kind == QuestionKind.Scale
                ? AnswerValue.OfScale(int.Parse(answer, CultureInfo.InvariantCulture))
                : new AnswerValue(answer.Split(','), null, null);
            Assert.All(value.Choices, c => Assert.NotNull(question.FindChoice(c)));
            session.Answers.Add(new AnswerRecord("u1", decision.Id, questionId, value.Choices, value.Scale, null, false, DateTimeOffset.UnixEpoch));
        }

        return session;
    }
}
