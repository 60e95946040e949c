using System.Diagnostics;
using System.Globalization;
using System.Text;
using AdvisorBot.Knowledge.Evaluation;
using AdvisorBot.Knowledge.Index;
using AdvisorBot.Knowledge.Ingestion;

namespace AdvisorBot.Bench;

/// <summary>
/// Index build throughput and query latency for the bundled content and for 10,000 synthetic documents, and the
/// memory the loaded index costs.
/// </summary>
internal static class KnowledgeBench
{
    public static async Task RunAsync(string root, string webDll, int syntheticDocuments)
    {
        var questions = EvalQuestion.Load(Path.Combine(root, "tests", "AdvisorBot.Knowledge.Tests", "Evaluation", "questions.jsonl"))
            .Select(q => q.Question).ToList();
        var work = Path.Combine(Path.GetTempPath(), "advisorbot-kbench-" + Guid.NewGuid().ToString("N"));
        try
        {
            Measure("bundled content, words only", new ContentFolder(Path.Combine(root, "content")), Path.Combine(work, "bundled"), questions, null);
            using (var model = new Knowledge.Embeddings.MiniLmLoader().Load() as IDisposable)
            {
                Measure("bundled content, words and meaning", new ContentFolder(Path.Combine(root, "content")), Path.Combine(work, "bundled-semantic"), questions, (Knowledge.Embeddings.ITextEmbedder)model!);
            }

            var synthetic = Path.Combine(work, "synthetic");
            Generate(synthetic, syntheticDocuments, new ContentFolder(Path.Combine(root, "content")));
            Measure($"{syntheticDocuments:N0} synthetic documents, words only", new ContentFolder(synthetic), Path.Combine(work, "synthetic-index"), questions, null);
            // Embedding 10,000 documents (about 150,000 passage and sentence rows) takes most of an hour on two cores,
            // so the large corpus is measured by words only; the bundled one with the model as shipped.
            foreach (var (name, content, model) in new[] { ("bundled content (model loaded)", Path.Combine(root, "content"), "minilm"), ($"{syntheticDocuments:N0} synthetic documents (words only)", synthetic, "none") })
            {
                var (bot, ready) = await BotProcess.StartAsync(webDll, new Dictionary<string, string> { ["Knowledge__ContentPath"] = content, ["Knowledge__Embeddings__Model"] = model });
                await using (bot)
                {
                    Console.WriteLine($"the bot with {name} indexed: ready after {ready.TotalMilliseconds:0} ms, working set {bot.WorkingSetBytes / (1024 * 1024)} MiB");
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Measure(string name, ContentFolder content, string indexPath, List<string> questions, Knowledge.Embeddings.ITextEmbedder? model)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var build = IndexBuilder.Build(content, indexPath);
        var embedding = Stopwatch.StartNew();
        Knowledge.Embeddings.PassageVectors? vectors = null;
        if (model is not null)
        {
            using var lexical = new KnowledgeSearcher(indexPath, "bench");
            vectors = Knowledge.Embeddings.PassageVectors.Build(model, "bench", lexical.Passages, CancellationToken.None);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: embedded {lexical.Passages.Count} passages and their sentences in {embedding.Elapsed.TotalMilliseconds:0} ms"));
        }

        using var searcher = new KnowledgeSearcher(indexPath, "bench", model, vectors);
        foreach (var q in questions)
        {
            searcher.Search(q); // warm-up
        }

        var latencies = new List<double>();
        for (var round = 0; round < (model is null ? 20 : 3); round++)
        {
            foreach (var q in questions)
            {
                var clock = Stopwatch.StartNew();
                searcher.Retrieve(q);
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        latencies.Sort();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: indexed {build.Documents} documents ({build.Passages} passages) in {build.Elapsed.TotalMilliseconds:0} ms = {build.Documents / build.Elapsed.TotalSeconds:0} documents/s; " +
            $"{latencies.Count} queries p50 {latencies[latencies.Count / 2]:0.00} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:0.00} ms; " +
            $"managed heap with the index open +{(after - before) / 1024.0 / 1024.0:0.0} MiB, index on disk {DirectorySize(indexPath) / 1024.0 / 1024.0:0.0} MiB"));
    }

    /// <summary>Documents made of the bundled content's own sentences, shuffled, so the vocabulary is realistic.</summary>
    private static void Generate(string folder, int count, ContentFolder bundled)
    {
        Directory.CreateDirectory(folder);
        var sentences = bundled.Files().SelectMany(f => bundled.Read(f).Passages)
            .SelectMany(p => p.Text.Split(". ", StringSplitOptions.RemoveEmptyEntries)).ToList();
        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder($"---\ntitle: Synthetic note {i}\nsource: synthetic\ndate: 2026-11-23\n---\n\n# Synthetic note {i}\n");
            for (var section = 0; section < 3; section++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n## Topic {random.Next(1000)}\n\n");
                for (var s = 0; s < 4; s++)
                {
                    text.Append(sentences[random.Next(sentences.Count)].Trim()).Append(". ");
                }

                text.Append('\n');
            }

            File.WriteAllText(Path.Combine(folder, $"note-{i:00000}.md"), text.ToString());
        }
    }

    private static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
