using AdvisorBot.Knowledge.Evaluation;

namespace AdvisorBot.Knowledge.Tests.Support;

/// <summary>The bundled content and (when present) the raw seed articles, indexed with the model once per test run.</summary>
public sealed class EvalCorporaFixture : IDisposable
{
    private readonly Lazy<EvalCorpus> _bundled = new(() => new EvalCorpus(Paths.Content, SharedModel.Embedder));
    private readonly Lazy<EvalCorpus> _seeds = new(() => new EvalCorpus(Paths.Seeds, SharedModel.Embedder));

    public static IReadOnlyList<EvalQuestion> Questions { get; } =
        EvalQuestion.Load(Path.Combine(AppContext.BaseDirectory, "Evaluation", "questions.jsonl"));

    public EvalCorpus Bundled => _bundled.Value;

    /// <summary>The seeds corpus; fails (does not pass empty) when the folder is missing — callers are skipped first.</summary>
    public EvalCorpus Seeds => _seeds.Value;

    public EvalCorpus For(string corpus) => corpus == EvalCorpora.Bundled ? Bundled : Seeds;

    public void Dispose()
    {
        if (_bundled.IsValueCreated)
        {
            _bundled.Value.Dispose();
        }

        if (_seeds.IsValueCreated)
        {
            _seeds.Value.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EvalCorporaDefinition : ICollectionFixture<EvalCorporaFixture>
{
    public const string Name = "indexed corpora";
}
