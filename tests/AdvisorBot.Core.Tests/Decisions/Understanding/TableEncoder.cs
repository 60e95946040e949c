using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// A sentence encoder with set vectors: each known text has its own, every other text a vector orthogonal to all of
/// them. Counts the texts it is asked for, so tests can see what was encoded and when.
/// </summary>
public sealed class TableEncoder(IReadOnlyDictionary<string, float[]> vectors) : ISentenceEncoder
{
    private readonly int _dimensions = vectors.Values.First().Length + 1;

    public List<string> Encoded { get; } = [];

    public float[][]? Encode(IReadOnlyList<string> texts, CancellationToken ct)
    {
        Encoded.AddRange(texts);
        return [.. texts.Select(Vector)];
    }

    /// <summary>A unit vector along <paramref name="weights"/> (padded with zeros).</summary>
    public static float[] Along(params float[] weights)
    {
        var norm = MathF.Sqrt(weights.Sum(w => w * w));
        return [.. weights.Select(w => w / norm)];
    }

    private float[] Vector(string text)
    {
        var vector = new float[_dimensions];
        if (vectors.TryGetValue(text, out var known))
        {
            known.CopyTo(vector, 0);
        }
        else
        {
            vector[^1] = 1;
        }

        return vector;
    }
}
