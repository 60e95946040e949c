using AdvisorBot.Knowledge.Ingestion;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace AdvisorBot.Knowledge.Index;

/// <summary>
/// A hit: the passage, its score, and how much of the question it covers — weighted by how rare each question term
/// is in the index, so a missing rare term (the topic itself) counts more than a missing common one.
/// </summary>
public sealed record SearchHit(Passage Passage, float Score, double Coverage, double QuestionCoverage);

/// <summary>Searches one opened index. Thread-safe; disposed when a newer index replaces it.</summary>
public sealed class KnowledgeSearcher : IDisposable
{
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly KnowledgeAnalyzer _analyzer = new();

    public KnowledgeSearcher(string indexPath, string contentHash)
    {
        _directory = FSDirectory.Open(indexPath);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        ContentHash = contentHash;
        Path = indexPath;
    }

    public string ContentHash { get; }
    public string Path { get; }
    public int PassageCount => _reader.NumDocs;

    public IReadOnlyList<SearchHit> Search(string question, int count = 10)
    {
        var queryTerms = _analyzer.Terms(question);
        if (queryTerms.Count == 0)
        {
            return [];
        }

        var parser = new MultiFieldQueryParser(KnowledgeAnalyzer.Version, [.. IndexFields.Boosts.Keys], _analyzer, IndexFields.Boosts)
        {
            DefaultOperator = Operator.OR,
        };
        Query query;
        try
        {
            query = parser.Parse(QueryParserBase.Escape(question));
        }
        catch (ParseException)
        {
            return [];
        }

        var weights = queryTerms.ToDictionary(t => t, Idf, StringComparer.Ordinal);
        var totalWeight = weights.Values.Sum();
        var top = _searcher.Search(query, Math.Max(count, RerankDepth));
        var hits = new List<SearchHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var doc = _searcher.Doc(scoreDoc.Doc);
            var passage = new Passage(
                doc.Get(IndexFields.Id), doc.Get(IndexFields.Path), doc.Get(IndexFields.DocumentTitle), doc.Get(IndexFields.Section),
                doc.GetField(IndexFields.Start).GetInt32Value() ?? 0, doc.GetField(IndexFields.Length).GetInt32Value() ?? 0,
                doc.Get(IndexFields.Text), doc.Get(IndexFields.Question));
            var passageTerms = _analyzer.Terms($"{passage.Question} {passage.DocumentTitle} {passage.Section} {passage.Text}");
            var questionTerms = passage.Question is null ? [] : _analyzer.Terms(passage.Question);
            hits.Add(new SearchHit(
                passage,
                scoreDoc.Score,
                queryTerms.Where(passageTerms.Contains).Sum(t => weights[t]) / totalWeight,
                passage.Question is null ? 0 : Overlap(queryTerms, questionTerms)));
        }

        // Re-rank by how much of the question each hit covers: BM25 alone lets one strongly matching word
        // (a boosted FAQ question sharing only "compare") beat a passage that answers every part of the question.
        var best = hits.Count > 0 ? hits.Max(h => h.Score) : 1;
        return [.. hits.OrderByDescending(h => (h.Score / best) * (CoverageFloor + h.Coverage)).Take(count)];
    }

    private const int RerankDepth = 10;
    private const double CoverageFloor = 0.25;

    /// <summary>Inverse document frequency of a term over the indexed fields; a term the index never saw weighs the most.</summary>
    private double Idf(string term)
    {
        var docFreq = new[] { IndexFields.Body, IndexFields.Title, IndexFields.Question }
            .Max(field => _reader.DocFreq(new Term(field, term)));
        return Math.Log(1 + ((_reader.NumDocs + 1.0) / (docFreq + 0.5)));
    }

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
