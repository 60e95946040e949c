using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Index;
using AdvisorBot.Knowledge.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Knowledge.Tests.Evaluation;

/// <summary>Every answer's citation points at text that exists in the cited source, at the cited place.</summary>
public sealed class CitationTests : IDisposable
{
    private readonly string _indexRoot = Path.Combine(Path.GetTempPath(), "advisorbot-cite-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_indexRoot))
        {
            Directory.Delete(_indexRoot, recursive: true);
        }
    }

    [Theory]
    [InlineData("bundled")]
    [InlineData("seeds")]
    public void EveryAnswer_QuotesTextFoundAtTheCitedPlace(string corpus)
    {
        var folderPath = corpus == "bundled" ? Paths.Content : Paths.Seeds;
        var content = new ContentFolder(folderPath);
        var path = Path.Combine(_indexRoot, corpus);
        IndexBuilder.Build(content, path);
        using var searcher = new KnowledgeSearcher(path, content.Hash());
        var options = Options.Create(new KnowledgeOptions { ContentPath = folderPath, IndexPath = path });
        using var index = new KnowledgeIndex(options, NullLogger<KnowledgeIndex>.Instance);
        using var answers = new AnswerService(index, options);
        var answered = 0;

        foreach (var question in EvaluationTests.Questions)
        {
            var answer = answers.Find(searcher, question.Question, threshold: 0);
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
