using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Index;
using AdvisorBot.Knowledge.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Knowledge.Evaluation;

/// <summary>A folder indexed into a temporary place, with a searcher and an answer service over it; deleted on dispose.</summary>
public sealed class EvalCorpus : IDisposable
{
    private readonly KnowledgeIndex _index;

    public EvalCorpus(string folder)
    {
        var content = new ContentFolder(folder);
        IndexPath = Path.Combine(Path.GetTempPath(), $"advisorbot-corpus-{Guid.NewGuid():N}");
        IndexBuilder.Build(content, IndexPath);
        Searcher = new KnowledgeSearcher(IndexPath, content.Hash());
        Options = Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions { ContentPath = folder, IndexPath = IndexPath });
        _index = new KnowledgeIndex(Options, NullLogger<KnowledgeIndex>.Instance);
        Answers = new AnswerService(_index, Options);
    }

    public string IndexPath { get; }
    public KnowledgeSearcher Searcher { get; }
    public AnswerService Answers { get; }
    public IOptions<KnowledgeOptions> Options { get; }

    public EvalReport Evaluate(string corpus, IEnumerable<EvalQuestion> questions) =>
        Evaluator.Run(corpus, Searcher, questions, Answers, Options.Value.ConfidenceThreshold);

    public void Dispose()
    {
        Answers.Dispose();
        _index.Dispose();
        Searcher.Dispose();
        Directory.Delete(IndexPath, recursive: true);
    }
}
