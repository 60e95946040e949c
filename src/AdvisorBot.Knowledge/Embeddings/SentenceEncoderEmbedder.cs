using System.Numerics.Tensors;
using SentenceTransformers;

namespace AdvisorBot.Knowledge.Embeddings;

/// <summary>
/// A local sentence-transformer model (ONNX, run by ONNX Runtime in-process) behind <see cref="ITextEmbedder"/>.
/// Texts are cut to the model's window and embedded in small batches; vectors are normalised to unit length.
/// </summary>
public sealed class SentenceEncoderEmbedder(ISentenceEncoder encoder, string modelId, int dimensions) : ITextEmbedder, IDisposable
{
    /// <summary>About 256 word pieces: the window both bundled models were trained on; longer text is cut.</summary>
    public const int MaxCharacters = 1000;
    private const int BatchSize = 16;
    private readonly Lock _gate = new();

    public string ModelId { get; } = modelId;
    public int Dimensions { get; } = dimensions;

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken ct)
    {
        var vectors = new float[texts.Count][];
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            ct.ThrowIfCancellationRequested();
            var batch = texts.Skip(start).Take(BatchSize).Select(Cut).ToArray();
            float[][] encoded;
            lock (_gate)
            {
                encoded = encoder.Encode(batch, ct);
            }

            for (var i = 0; i < encoded.Length; i++)
            {
                vectors[start + i] = Normalised(encoded[i]);
            }
        }

        return vectors;
    }

    private static string Cut(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= MaxCharacters ? (trimmed.Length == 0 ? "." : trimmed) : trimmed[..MaxCharacters];
    }

    private float[] Normalised(float[] vector)
    {
        if (vector.Length != Dimensions)
        {
            throw new InvalidOperationException($"{ModelId} returned a {vector.Length}-dimensional vector; expected {Dimensions}.");
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0 && Math.Abs(norm - 1) > 1e-4)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }

    public void Dispose() => (encoder as IDisposable)?.Dispose();
}
