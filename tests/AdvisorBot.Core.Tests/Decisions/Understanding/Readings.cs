using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// The shipped decision files' questions, and readings written compactly for tests: "=no" (recorded no),
/// "=microservices,serverless", "=4" (scale step), "ask:4|5" (asked back with those candidates, in order), "?" (a
/// question) and "x" (not understood).
/// </summary>
public static class Readings
{
    private static readonly Lazy<DecisionCatalog> Catalog = new(ShippedDecisions.Load);

    public static Question Shipped(string decisionId, string questionId) =>
        Catalog.Value.Find(decisionId)?.FindQuestion(questionId)
        ?? throw new InvalidOperationException($"The shipped decision {decisionId} has no question {questionId}.");

    public static IEnumerable<Question> AllShipped(params QuestionKind[] kinds) =>
        Catalog.Value.All.SelectMany(d => d.Questions).Where(q => kinds.Length == 0 || kinds.Contains(q.Kind));

    public static string DecisionOf(Question question) =>
        Catalog.Value.All.First(d => d.Questions.Any(q => ReferenceEquals(q, question))).Id;

    public static string Of(AnswerValue value) =>
        value.Scale is { } scale ? scale.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Join(',', value.Choices.Order(StringComparer.Ordinal));

    public static string Of(Understood understood) => understood switch
    {
        Understood.Recorded r => "=" + Of(r.Value),
        Understood.Clarify c => "ask:" + string.Join('|', c.Candidates.Select(k => Of(k.Value))),
        Understood.Question => "?",
        Understood.NotUnderstood => "x",
        _ => throw new InvalidOperationException(understood.GetType().Name),
    };

    /// <summary>The expected reading in the same form, choice lists sorted as <see cref="Of(AnswerValue)"/> sorts them.</summary>
    public static string Expected(string expected) =>
        expected.StartsWith('=') ? "=" + string.Join(',', expected[1..].Split(',').Order(StringComparer.Ordinal)) : expected;

    public static Understood Read(string decisionId, string questionId, string text) =>
        AnswerReader.WordsOnly.Read(Shipped(decisionId, questionId), text);

    /// <summary>Asserts that <paramref name="text"/> reads as <paramref name="expected"/> at a shipped question (by words alone).</summary>
    public static void AssertReads(string decisionId, string questionId, string text, string expected) =>
        AssertReads(Shipped(decisionId, questionId), text, expected);

    public static void AssertReads(Question question, string text, string expected)
    {
        var reading = AnswerReader.WordsOnly.Read(question, text);
        Assert.True(Expected(expected) == Of(reading), $"\"{text}\" at {question.Id}: expected {Expected(expected)}, read {Of(reading)} ({Describe(reading)})");
    }

    private static string Describe(Understood reading) => reading switch
    {
        Understood.Recorded r => r.Read,
        Understood.Clarify c => c.Read,
        Understood.NotUnderstood n => n.Reason,
        _ => string.Empty,
    };
}
