using AdvisorBot.Knowledge.Evaluation;
using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Knowledge.Tests.Evaluation;

/// <summary>Every answer's citation points at text that exists in the cited source, at the cited place.</summary>
public sealed class CitationTests
{
    [Theory]
    [InlineData("bundled")]
    [InlineData("seeds")]
    public void EveryAnswer_QuotesTextFoundAtTheCitedPlace(string corpus)
    {
        var folderPath = corpus == "bundled" ? Paths.Content : Paths.Seeds;
        using var index = new EvalCorpus(folderPath);
        var answered = 0;

        foreach (var question in EvaluationTests.Questions)
        {
            var answer = index.Answers.Find(index.Searcher, question.Question, threshold: 0);
            if (!answer.Answered)
            {
                continue;
            }

            var source = File.ReadAllText(Path.Combine(folderPath, answer.Source!.DocumentPath));
            var cited = TextSpans.Squash(source.Substring(answer.Source.Start, answer.Source.Length)).Replace("**", string.Empty, StringComparison.Ordinal);
            Assert.NotEmpty(answer.Quotes);
            Assert.Equal(string.Join(' ', answer.Quotes), answer.Text);
            foreach (var quote in answer.Quotes)
            {
                Assert.True(cited.Contains(TextSpans.Squash(quote), StringComparison.Ordinal),
                    $"#{question.Id}: \"{quote}\" is not at {answer.Source.DocumentPath}:{answer.Source.Start}+{answer.Source.Length}");
            }
            answered++;
        }

        Assert.True(answered >= 40, $"only {answered} answers checked");
    }
}
