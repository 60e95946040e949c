using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text;
using AdvisorBot.Knowledge.Answering;
using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Knowledge.Embeddings;

/// <summary>
/// The vectors of an index's passages, stored beside the Lucene index in one file per model
/// (<c>vectors-&lt;model&gt;.bin</c>). Each passage has a row for its whole text, one for each quotable sentence (read
/// with its section or FAQ question, so "It can, but…" keeps its subject) and, for FAQ entries, one for the question.
/// A passage is as close to a question as its closest row; its closest sentence is where the answer is quoted from.
/// Similarity is an exact dot product over all rows (unit vectors, so it is the cosine), which stays in the low
/// milliseconds up to about 100,000 passages; beyond that an approximate index (HNSW) would be needed.
/// </summary>
public sealed class PassageVectors
{
    public const int QuestionRow = -1;
    public const int PassageRow = -2;
    private const int Magic = 0x32564241; // "ABV2"
    private readonly float[] _rows;
    private readonly int[] _rowPassage;
    private readonly int[] _rowSentence;

    private PassageVectors(string modelId, string contentHash, int dimensions, IReadOnlyList<string> ids, float[] rows, int[] rowPassage, int[] rowSentence)
    {
        ModelId = modelId;
        ContentHash = contentHash;
        Dimensions = dimensions;
        Ids = ids;
        _rows = rows;
        _rowPassage = rowPassage;
        _rowSentence = rowSentence;
    }

    public string ModelId { get; }
    public string ContentHash { get; }
    public int Dimensions { get; }

    /// <summary>The passage id of each passage, in index order.</summary>
    public IReadOnlyList<string> Ids { get; }

    public static string FileName(string modelId) =>
        $"vectors-{new string([.. modelId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')])}.bin";

    /// <summary>The sentences of a passage an answer may quote, in order; sentence rows are numbered in this list.</summary>
    public static IReadOnlyList<string> QuotableSentences(Passage passage) => [.. AnswerText.Sentences(passage.Text).Where(AnswerSentences.Quotable)];

    /// <summary>Embeds every passage, its quotable sentences and its FAQ question.</summary>
    public static PassageVectors Build(ITextEmbedder embedder, string contentHash, IReadOnlyList<Passage> passages, CancellationToken ct)
    {
        var texts = new List<string>();
        var rowPassage = new List<int>();
        var rowSentence = new List<int>();
        void Add(string text, int passage, int sentence)
        {
            texts.Add(text);
            rowPassage.Add(passage);
            rowSentence.Add(sentence);
        }

        for (var p = 0; p < passages.Count; p++)
        {
            var passage = passages[p];
            var context = passage.Question ?? passage.Section;
            Add($"{context}. {passage.Text}", p, PassageRow);
            if (passage.Question is { } question)
            {
                Add(question, p, QuestionRow);
            }

            var sentences = QuotableSentences(passage);
            for (var s = 0; s < sentences.Count; s++)
            {
                Add($"{context}: {sentences[s]}", p, s);
            }
        }

        var vectors = embedder.Embed(texts, ct);
        var rows = new float[vectors.Length * embedder.Dimensions];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i].CopyTo(rows, i * embedder.Dimensions);
        }

        return new PassageVectors(embedder.ModelId, contentHash, embedder.Dimensions, [.. passages.Select(p => p.Id)], rows, [.. rowPassage], [.. rowSentence]);
    }

    /// <summary>Per passage: the closest text or sentence row, the FAQ question row (-1 if none), and the closest sentence.</summary>
    public QuerySimilarity Similarities(ReadOnlySpan<float> query)
    {
        var count = Ids.Count;
        var text = new float[count];
        var question = new float[count];
        var sentence = new int[count];
        Array.Fill(text, -1);
        Array.Fill(question, -1);
        Array.Fill(sentence, -1);
        var sentenceBest = new float[count];
        Array.Fill(sentenceBest, -1);
        var rowScores = new float[_rowPassage.Length];
        for (var r = 0; r < _rowPassage.Length; r++)
        {
            var score = TensorPrimitives.Dot(query, _rows.AsSpan(r * Dimensions, Dimensions));
            rowScores[r] = score;
            var p = _rowPassage[r];
            if (_rowSentence[r] == QuestionRow)
            {
                question[p] = score;
                continue;
            }

            text[p] = Math.Max(text[p], score);
            if (_rowSentence[r] >= 0 && score > sentenceBest[p])
            {
                sentenceBest[p] = score;
                sentence[p] = _rowSentence[r];
            }
        }

        return new QuerySimilarity(text, question, sentence, rowScores, this);
    }

    /// <summary>The similarity of each quotable sentence of a passage, from one query's row scores.</summary>
    internal float[] SentenceScores(int passage, float[] rowScores)
    {
        // Rows are written passage by passage, so they are sorted by passage: find one, step back to the first.
        var first = Array.BinarySearch(_rowPassage, passage);
        while (first > 0 && _rowPassage[first - 1] == passage)
        {
            first--;
        }

        var scores = new List<float>();
        for (var r = first; r >= 0 && r < _rowPassage.Length && _rowPassage[r] == passage; r++)
        {
            if (_rowSentence[r] >= 0)
            {
                scores.Add(rowScores[r]);
            }
        }

        return [.. scores];
    }

    public void Save(string path)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(ModelId);
            writer.Write(ContentHash);
            writer.Write(Dimensions);
            writer.Write(Ids.Count);
            foreach (var id in Ids)
            {
                writer.Write(id);
            }

            writer.Write(_rowPassage.Length);
            writer.Write(MemoryMarshal.AsBytes(_rowPassage.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(_rowSentence.AsSpan()));
            writer.Write(MemoryMarshal.AsBytes(_rows.AsSpan()));
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The stored vectors, or null when the file is missing or was made by another model or for other content.</summary>
    public static PassageVectors? Load(string path, string modelId, string contentHash)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
        if (reader.ReadInt32() != Magic || reader.ReadString() != modelId || reader.ReadString() != contentHash)
        {
            return null;
        }

        var dims = reader.ReadInt32();
        var ids = new string[reader.ReadInt32()];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = reader.ReadString();
        }

        var rowCount = reader.ReadInt32();
        var rowPassage = new int[rowCount];
        var rowSentence = new int[rowCount];
        var rows = new float[rowCount * dims];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(rowPassage.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(rowSentence.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(rows.AsSpan()));
        return new PassageVectors(modelId, contentHash, dims, ids, rows, rowPassage, rowSentence);
    }
}

/// <summary>One query against the vectors: per passage its closest row, its FAQ question's score and closest sentence.</summary>
public sealed record QuerySimilarity(float[] Text, float[] Question, int[] BestSentence, float[] RowScores, PassageVectors Vectors)
{
    public float[] SentenceScores(int passage) => Vectors.SentenceScores(passage, RowScores);
}
