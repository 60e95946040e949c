using AdvisorBot.Knowledge.Ingestion;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AdvisorBot.Knowledge.Index;

/// <summary>Writes the passages of a content folder into a Lucene index, reporting progress per file.</summary>
public static class IndexBuilder
{
    public sealed record Result(int Documents, int Passages, int FaqEntries, TimeSpan Elapsed);

    public static Result Build(ContentFolder content, string indexPath, IProgress<(int Done, int Total, string File)>? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        System.IO.Directory.CreateDirectory(indexPath);
        using LuceneDirectory directory = FSDirectory.Open(indexPath);
        using var analyzer = new KnowledgeAnalyzer();
        var config = new IndexWriterConfig(KnowledgeAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
        };
        using var writer = new IndexWriter(directory, config);
        var files = content.Files();
        int passages = 0, faq = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var document = content.Read(files[i]);
            foreach (var passage in document.Passages)
            {
                writer.AddDocument(ToLucene(passage));
                passages++;
                faq += passage.IsFaq ? 1 : 0;
            }

            progress?.Report((i + 1, files.Count, document.Path));
        }

        writer.Commit();
        return new Result(files.Count, passages, faq, clock.Elapsed);
    }

    internal static Passage FromLucene(Document doc) => new(
        doc.Get(IndexFields.Id), doc.Get(IndexFields.Path), doc.Get(IndexFields.DocumentTitle), doc.Get(IndexFields.Section),
        doc.GetField(IndexFields.Start).GetInt32Value() ?? 0, doc.GetField(IndexFields.Length).GetInt32Value() ?? 0,
        doc.Get(IndexFields.Text), doc.Get(IndexFields.Question))
    {
        Origins = doc.Get(IndexFields.Origins) is { Length: > 0 } origins ? origins.Split('\n') : [],
    };

    internal static Document ToLucene(Passage passage)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, passage.Id, Field.Store.YES),
            new StoredField(IndexFields.Path, passage.DocumentPath),
            new StoredField(IndexFields.DocumentTitle, passage.DocumentTitle),
            new StoredField(IndexFields.Section, passage.Section),
            new StoredField(IndexFields.Start, passage.Start),
            new StoredField(IndexFields.Length, passage.Length),
            new TextField(IndexFields.Title, $"{passage.DocumentTitle} {passage.Section}", Field.Store.NO),
            new TextField(IndexFields.Body, passage.Text, Field.Store.YES) { },
        };
        doc.Add(new StoredField(IndexFields.Text, passage.Text));
        if (passage.Origins.Count > 0)
        {
            doc.Add(new StoredField(IndexFields.Origins, string.Join('\n', passage.Origins)));
        }

        if (passage.Question is { } question)
        {
            doc.Add(new TextField(IndexFields.Question, question, Field.Store.YES));
        }

        return doc;
    }
}
