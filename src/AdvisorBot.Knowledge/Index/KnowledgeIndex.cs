using AdvisorBot.Knowledge.Embeddings;
using AdvisorBot.Knowledge.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Knowledge.Index;

/// <summary>
/// The index the bot answers from. At start-up it opens the index built for the current content (found by the
/// content's hash), or keeps serving the newest previous one while it builds a new one in the background; the new
/// index replaces the old atomically once complete. Beside each index lie the vectors of its passages for the loaded
/// embedding model, made once per content version and model.
/// </summary>
public sealed class KnowledgeIndex(IOptions<KnowledgeOptions> options, EmbeddingModel model, ILogger<KnowledgeIndex> logger) : IDisposable
{
    private const string ReadyMarker = "READY";
    private readonly Lock _swap = new();
    private KnowledgeSearcher? _current;

    public KnowledgeSearcher? Current => Volatile.Read(ref _current);

    /// <summary>The hash of the content the serving index was built from matches the content on disk.</summary>
    public bool IsCurrent { get; private set; }

    public string IndexRoot => options.Value.IndexPath;

    /// <summary>Set while building the index keeps failing (the indexer retries); null once it succeeds.</summary>
    public IndexBuildFailure? BuildFailure { get; set; }

    /// <summary>Opens or builds the index for the current content; true when it had to be built.</summary>
    public async Task<bool> EnsureBuiltAsync(CancellationToken ct, IProgress<(int Done, int Total, string File)>? progress = null)
    {
        var content = new ContentFolder(options.Value.ResolvedContentPath);
        var hash = content.Hash();
        var target = Path.Combine(IndexRoot, hash[..16]);
        if (File.Exists(Path.Combine(target, ReadyMarker)))
        {
            Serve(Open(target, hash, embedIfMissing: true, ct), current: true);
            logger.LogInformation("Knowledge index {Path} matches the content; {Count} passages", target, Current!.PassageCount);
            return false;
        }

        if (Current is null && NewestReady() is { } previous)
        {
            Serve(Open(previous, File.ReadAllText(Path.Combine(previous, ReadyMarker)), embedIfMissing: false, ct), current: false);
            logger.LogInformation("Serving the previous index {Path} while the content is indexed again", previous);
        }

        await Task.Run(() => Build(content, hash, target, progress), ct).ConfigureAwait(false);
        Serve(await Task.Run(() => Open(target, hash, embedIfMissing: true, ct), ct).ConfigureAwait(false), current: true);
        RemoveOthers(target);
        return true;
    }

    private void Build(ContentFolder content, string hash, string target, IProgress<(int Done, int Total, string File)>? progress)
    {
        var building = $"{target}.building-{Guid.NewGuid():N}";
        var result = IndexBuilder.Build(content, building, progress);
        File.WriteAllText(Path.Combine(building, ReadyMarker), hash);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.Move(building, target);
        logger.LogInformation(
            "Indexed {Documents} documents ({Passages} passages, {Faq} FAQ entries) from {Content} in {Ms} ms",
            result.Documents, result.Passages, result.FaqEntries, content.Root, (int)result.Elapsed.TotalMilliseconds);
    }

    /// <summary>Opens an index with its vectors for the loaded model, embedding its passages first when they have none yet.</summary>
    private KnowledgeSearcher Open(string folder, string hash, bool embedIfMissing, CancellationToken ct)
    {
        if (model.Embedder is not { } embedder)
        {
            return new KnowledgeSearcher(folder, hash);
        }

        var file = Path.Combine(folder, PassageVectors.FileName(embedder.ModelId));
        var vectors = PassageVectors.Load(file, embedder.ModelId, hash);
        if (vectors is null && embedIfMissing)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var lexical = new KnowledgeSearcher(folder, hash);
            vectors = PassageVectors.Build(embedder, hash, lexical.Passages, ct);
            vectors.Save(file);
            logger.LogInformation("Embedded {Count} passages with {Model} in {Ms} ms", vectors.Ids.Count, embedder.ModelId, clock.ElapsedMilliseconds);
        }

        return new KnowledgeSearcher(folder, hash, embedder, vectors);
    }

    private void Serve(KnowledgeSearcher searcher, bool current)
    {
        KnowledgeSearcher? old;
        lock (_swap)
        {
            old = _current;
            Volatile.Write(ref _current, searcher);
            IsCurrent = current;
        }

        // Searches in flight on the old searcher finish first: it is disposed after a grace period.
        if (old is not null)
        {
            _ = Task.Delay(TimeSpan.FromSeconds(30)).ContinueWith(_ => old.Dispose(), TaskScheduler.Default);
        }
    }

    private string? NewestReady() =>
        Directory.Exists(IndexRoot)
            ? Directory.EnumerateDirectories(IndexRoot)
                .Where(d => File.Exists(Path.Combine(d, ReadyMarker)))
                .OrderByDescending(d => File.GetLastWriteTimeUtc(Path.Combine(d, ReadyMarker)))
                .FirstOrDefault()
            : null;

    private void RemoveOthers(string keep)
    {
        foreach (var dir in Directory.EnumerateDirectories(IndexRoot).Where(d => !string.Equals(Path.GetFullPath(d), Path.GetFullPath(keep), StringComparison.Ordinal)))
        {
            try
            {
                if (!dir.Contains(".building-", StringComparison.Ordinal) || Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddHours(-1))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
            catch (IOException ex)
            {
                logger.LogDebug("Could not remove old index {Dir}: {Reason}", dir, ex.Message);
            }
        }
    }

    public void Dispose() => _current?.Dispose();
}
