using System.Runtime.CompilerServices;
using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>A choice and how close a reply's meaning is to its label (cosine, −1 to 1).</summary>
public sealed record Closeness(Choice Choice, double Similarity);

/// <summary>
/// Ranks a question's choices by closeness of meaning to a reply, with the sentence encoder. Each question's label
/// vectors are made once and kept while the question (its loaded decision) lives.
/// </summary>
public sealed class MeaningMatcher(ISentenceEncoder encoder)
{
    private readonly ConditionalWeakTable<Question, float[][]> _labels = [];

    /// <summary>Every choice, closest first; null without a model.</summary>
    public IReadOnlyList<Closeness>? Rank(Question question, string text, CancellationToken ct)
    {
        if (question.Choices.Count == 0)
        {
            return null;
        }

        if (!_labels.TryGetValue(question, out var labels))
        {
            labels = encoder.Encode([.. question.Choices.Select(c => c.Label)], ct);
            if (labels is null || labels.Length != question.Choices.Count)
            {
                return null;
            }

            labels = _labels.GetValue(question, _ => labels);
        }

        if (encoder.Encode([text], ct) is not [var reply])
        {
            return null;
        }

        return [.. question.Choices.Select((c, i) => new Closeness(c, Dot(labels[i], reply))).OrderByDescending(c => c.Similarity)];
    }

    private static double Dot(float[] a, float[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
