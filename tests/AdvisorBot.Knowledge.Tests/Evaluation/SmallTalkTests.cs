using System.Text.Json;
using AdvisorBot.Knowledge.Tests.Support;

namespace AdvisorBot.Knowledge.Tests.Evaluation;

/// <summary>Greetings, thanks, acknowledgements, lone numbers and emoji are never answered from the index.</summary>
[Collection(EvalCorporaDefinition.Name)]
public sealed class SmallTalkTests(EvalCorporaFixture corpora)
{
    public static IReadOnlyList<string> Fragments { get; } =
    [
        .. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Evaluation", "smalltalk.jsonl"))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!),
    ];

    [Fact]
    public void SmallTalkSet_HasAtLeastTwentyFragments() => Assert.True(Fragments.Count >= 20, $"{Fragments.Count} fragments");

    [Fact]
    public void SmallTalk_IsNeverAnsweredFromTheIndex_EvenWithNoConfidenceBar()
    {
        var answered = Fragments
            .Select(f => (Text: f, Answer: corpora.Bundled.Answers.Find(corpora.Bundled.Searcher, f, threshold: 0)))
            .Where(x => x.Answer.Answered)
            .Select(x => $"\"{x.Text}\" → {x.Answer.Text}")
            .ToList();

        Assert.True(answered.Count == 0, string.Join('\n', answered));
    }
}
