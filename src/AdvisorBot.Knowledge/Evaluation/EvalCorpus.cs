using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Embeddings;
using AdvisorBot.Knowledge.Index;
using AdvisorBot.Knowledge.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Knowledge.Evaluation;

/// <summary>
/// A folder indexed into a temporary place (with vectors when a model is given), with a searcher and an answer
/// service over it; deleted on dispose. A missing or empty folder is an error, never an empty pass.
/// </summary>
public sealed class EvalCorpus : IDisposable
{
    private readonly KnowledgeIndex _index;

    public EvalCorpus(string folder, ITextEmbedder? embedder = null)
    {
        var content = new ContentFolder(folder);
        if (content.Files().Count == 0)
        {
            throw new InvalidOperationException($"The corpus folder {folder} is missing or holds no Markdown, text or HTML file.");
        }

        IndexPath = Path.Combine(Path.GetTempPath(), $"advisorbot-corpus-{Guid.NewGuid():N}");
        var hash = content.Hash();
        IndexBuilder.Build(content, IndexPath);
        PassageVectors? vectors = null;
        if (embedder is not null)
        {
            using var lexical = new KnowledgeSearcher(IndexPath, hash);
            vectors = PassageVectors.Build(embedder, hash, lexical.Passages, CancellationToken.None);
        }

        Searcher = new KnowledgeSearcher(IndexPath, hash, embedder, vectors);
        Options = Microsoft.Extensions.Options.Options.Create(new KnowledgeOptions { ContentPath = folder, IndexPath = IndexPath });
        _index = new KnowledgeIndex(Options, new EmbeddingModel(Options, new FixedLoader(embedder), NullLogger<EmbeddingModel>.Instance), NullLogger<KnowledgeIndex>.Instance);
        Answers = new AnswerService(_index, Options);
    }

    public string IndexPath { get; }
    public KnowledgeSearcher Searcher { get; }
    public AnswerService Answers { get; }
    public IOptions<KnowledgeOptions> Options { get; }

    public EvalReport Evaluate(string corpus, string split, IEnumerable<EvalQuestion> questions, double? threshold = null) =>
        Evaluator.Run(corpus, split, Searcher, questions, Answers, threshold ?? Options.Value.ConfidenceThreshold);

    public void Dispose()
    {
        Answers.Dispose();
        _index.Dispose();
        Searcher.Dispose();
        Directory.Delete(IndexPath, recursive: true);
    }

    private sealed class FixedLoader(ITextEmbedder? embedder) : IEmbedderLoader
    {
        public ITextEmbedder Load() => embedder ?? throw new InvalidOperationException("no model given");
    }
}
