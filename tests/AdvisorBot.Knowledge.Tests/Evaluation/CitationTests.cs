using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Evaluation;
using AdvisorBot.Knowledge.Ingestion;
using AdvisorBot.Knowledge.Tests.Support;

namespace AdvisorBot.Knowledge.Tests.Evaluation;

/// <summary>Every answer's citation points at text that exists in the cited source, at the cited place, and reads as a citation.</summary>
[Collection(EvalCorporaDefinition.Name)]
public sealed class CitationTests(EvalCorporaFixture corpora)
{
    [Fact]
    public void BundledAnswers_QuoteTextFoundAtTheCitedPlace() => AssertQuotesAtCitedPlace(corpora.Bundled, Paths.Content);

    [SeedsFact]
    public void SeedAnswers_QuoteTextFoundAtTheCitedPlace() => AssertQuotesAtCitedPlace(corpora.Seeds, Paths.Seeds);

    [Fact]
    public void RenderedCitation_NamesTitleAndSection_NotFilesOrOffsets()
    {
        var answer = corpora.Bundled.Answers.Find(corpora.Bundled.Searcher, "What is the GIL?", threshold: 0);

        var text = AnswerText.Render(answer);

        Assert.True(answer.Answered);
        Assert.Contains($"Source: {answer.Source!.DocumentTitle}", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".md", text, StringComparison.Ordinal);
        Assert.DoesNotContain("characters", text, StringComparison.Ordinal);
    }

    private static void AssertQuotesAtCitedPlace(EvalCorpus index, string folderPath)
    {
        var answered = 0;
        foreach (var question in EvalCorporaFixture.Questions)
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
                Assert.True(AnswerSentences.Quotable(quote), $"#{question.Id}: \"{quote}\" is not a statement");
                Assert.DoesNotContain("(Source", quote, StringComparison.Ordinal);
            }

            answered++;
        }

        Assert.True(answered >= 100, $"only {answered} answers checked");
    }
}
