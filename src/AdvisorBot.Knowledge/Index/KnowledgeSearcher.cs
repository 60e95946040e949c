using AdvisorBot.Knowledge.Embeddings;
using AdvisorBot.Knowledge.Ingestion;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace AdvisorBot.Knowledge.Index;

/// <summary>
/// Searches one opened index by words (BM25 over question, title and body) and, when the index has vectors for the
/// loaded model, by meaning (cosine over every passage and FAQ question); the two rankings are fused. Thread-safe;
/// disposed when a newer index replaces it.
/// </summary>
public sealed class KnowledgeSearcher : IDisposable
{
    private const int Depth = 20;
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly KnowledgeAnalyzer _analyzer = new();
    private readonly Passage[] _passages;
    private readonly HashSet<string>?[] _passageTerms;
    private readonly HashSet<string>?[] _faqTerms;
    private readonly ITextEmbedder? _embedder;
    private readonly PassageVectors? _vectors;

    public KnowledgeSearcher(string indexPath, string contentHash, ITextEmbedder? embedder = null, PassageVectors? vectors = null)
    {
        _directory = FSDirectory.Open(indexPath);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        ContentHash = contentHash;
        Path = indexPath;
        _passages = [.. Enumerable.Range(0, _reader.MaxDoc).Select(d => IndexBuilder.FromLucene(_searcher.Doc(d)))];
        _passageTerms = new HashSet<string>?[_passages.Length];
        _faqTerms = new HashSet<string>?[_passages.Length];
        if (embedder is not null && vectors is not null && vectors.ModelId == embedder.ModelId && vectors.Ids.SequenceEqual(_passages.Select(p => p.Id)))
        {
            _embedder = embedder;
            _vectors = vectors;
        }
    }

    public string ContentHash { get; }
    public string Path { get; }
    public int PassageCount => _reader.NumDocs;
    public IReadOnlyList<Passage> Passages => _passages;

    /// <summary>The model matching by meaning, or null when this index answers by words only.</summary>
    public ITextEmbedder? Embedder => _embedder;

    public IReadOnlyList<SearchHit> Search(string question, int count = 10) => Retrieve(question, count).Hits;

    public SearchResults Retrieve(string question, int count = 10)
    {
        var queryTerms = _analyzer.Terms(question);
        var weights = queryTerms.ToDictionary(t => t, Idf, StringComparer.Ordinal);
        var totalWeight = weights.Values.Sum();
        var unknown = totalWeight == 0 ? 0 : queryTerms.Where(t => DocFreq(t) == 0).Sum(t => weights[t]) / totalWeight;
        var lexical = Lexical(question, queryTerms);
        QuerySimilarity? similarity = null;
        if (_embedder is not null && _vectors is not null && question.Trim().Length > 0)
        {
            similarity = _vectors.Similarities(_embedder.Embed([question], CancellationToken.None)[0]);
        }

        if (lexical.Count == 0 && similarity is null)
        {
            return SearchResults.Empty;
        }

        var candidates = new Dictionary<int, double>(lexical);
        if (similarity is not null)
        {
            foreach (var doc in TopRows(similarity.Text, similarity.Question))
            {
                candidates.TryAdd(doc, 0);
            }
        }

        var hits = candidates.Select(c => Describe(c.Key, c.Value, queryTerms, weights, totalWeight, similarity) with { UnknownShare = unknown }).ToList();
        var ranked = HitFusion.Rank(hits, semantic: similarity is not null);
        return new SearchResults([.. ranked.Take(count)], similarity);
    }

    /// <summary>BM25 over the three fields: doc id → score, best first.</summary>
    private Dictionary<int, double> Lexical(string question, HashSet<string> queryTerms)
    {
        if (queryTerms.Count == 0)
        {
            return [];
        }

        var parser = new MultiFieldQueryParser(KnowledgeAnalyzer.Version, [.. IndexFields.Boosts.Keys], _analyzer, IndexFields.Boosts)
        {
            DefaultOperator = Operator.OR,
        };
        try
        {
            var top = _searcher.Search(parser.Parse(QueryParserBase.Escape(question)), Depth);
            return top.ScoreDocs.ToDictionary(d => d.Doc, d => (double)d.Score);
        }
        catch (ParseException)
        {
            return [];
        }
    }

    private static IEnumerable<int> TopRows(float[] text, float[] question) =>
        Enumerable.Range(0, text.Length).OrderByDescending(i => Math.Max(text[i], question[i])).Take(Depth);

    private SearchHit Describe(int doc, double bm25, HashSet<string> queryTerms, Dictionary<string, double> weights, double totalWeight, QuerySimilarity? similarity)
    {
        var passage = _passages[doc];
        // Analysed once per passage and kept (an index is read-only): a query describes up to 40 candidates.
        var passageTerms = _passageTerms[doc] ??= _analyzer.Terms($"{passage.Question} {passage.DocumentTitle} {passage.Section} {passage.Text}");
        var questionTerms = _faqTerms[doc] ??= passage.Question is null ? [] : _analyzer.Terms(passage.Question);
        return new SearchHit(
            passage,
            0,
            totalWeight == 0 ? 0 : queryTerms.Where(passageTerms.Contains).Sum(t => weights[t]) / totalWeight,
            passage.Question is null ? 0 : Overlap(queryTerms, questionTerms))
        {
            Doc = doc,
            Bm25 = bm25,
            Cosine = similarity is null ? 0 : Math.Max(0, similarity.Text[doc]),
            QuestionCosine = similarity is null ? 0 : Math.Max(0, similarity.Question[doc]),
        };
    }

    private int DocFreq(string term) =>
        new[] { IndexFields.Body, IndexFields.Title, IndexFields.Question }.Max(field => _reader.DocFreq(new Term(field, term)));

    /// <summary>Inverse document frequency of a term over the indexed fields; a term the index never saw weighs the most.</summary>
    private double Idf(string term) => Math.Log(1 + ((_reader.NumDocs + 1.0) / (DocFreq(term) + 0.5)));

    /// <summary>How alike two term sets are (Dice coefficient).</summary>
    private static double Overlap(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
