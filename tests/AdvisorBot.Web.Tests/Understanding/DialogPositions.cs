using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Web.Tests.Understanding;

/// <summary>
/// A session standing at a given question, found by replaying seeded random answer paths through the real decision
/// files (a follow-up's questions need its option to win, a conditional question its condition to hold).
/// </summary>
public static class DialogPositions
{
    public static DialogSession At(DecisionCatalog catalog, string questionId, string memberId, string memberName, int seed = 7, int attempts = 20_000)
    {
        var random = new Random(seed);
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var session = new DialogSession { RootDecisionId = catalog.All.First().Id, StartedAt = DateTimeOffset.UnixEpoch };
            session.Join(memberId, memberName);
            while (DialogProgress.Of(session, catalog).Pending is { } pending)
            {
                if (pending.Question.Id == questionId)
                {
                    return session;
                }

                var value = RandomValue(pending.Question, random);
                var record = new AnswerRecord(memberId, pending.Decision.Id, pending.Question.Id, value.Choices, value.Scale, value.Note, false, DateTimeOffset.UnixEpoch);
                SessionChanges.Answer(session, record, memberName, catalog);
            }
        }

        throw new InvalidOperationException($"No answer path of the shipped decisions reaches the question '{questionId}'.");
    }

    private static AnswerValue RandomValue(Question question, Random random) => question.Kind switch
    {
        QuestionKind.Scale => AnswerValue.OfScale(random.Next(Question.ScaleMin, Question.ScaleMax + 1)),
        QuestionKind.Note => AnswerValue.OfNote("a note"),
        QuestionKind.Multiple => new AnswerValue([.. question.Choices.Where((_, i) => i == 0 || random.Next(2) == 0).Select(c => c.Id)], null, null),
        _ => AnswerValue.OfChoice(question.Choices[random.Next(question.Choices.Count)].Id),
    };
}
