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
/// <para>
/// Several processes may share the index folder (instances on one data path). Each builds in a folder of its own,
/// with the vectors, and publishes it by renaming it to the content's folder: the first to finish publishes, the
/// others find the same content there and drop their copy. A process holds a lock on the folder it builds or serves
/// (<see cref="IndexFolderLock"/>), and old folders are deleted only when nobody holds theirs, so no process deletes
/// what another one is building or serving.
/// </para>
/// </summary>
public sealed class KnowledgeIndex(IOptions<KnowledgeOptions> options, EmbeddingModel model, ILogger<KnowledgeIndex> logger) : IDisposable
{
    private const string ReadyMarker = "READY";
    private readonly Lock _swap = new();
    private KnowledgeSearcher? _current;
    private IndexFolderLock? _serving;

    public KnowledgeSearcher? Current => Volatile.Read(ref _current);

    /// <summary>The hash of the content the serving index was built from matches the content on disk.</summary>
    public bool IsCurrent { get; private set; }

    public string IndexRoot => options.Value.IndexPath;

    /// <summary>The version of the content being served (the start of its hash), or null before an index serves.</summary>
    public string? ContentVersion => Current?.ContentHash is { Length: >= 16 } hash ? hash[..16] : null;

    /// <summary>Set while building the index keeps failing (the indexer retries); null once it succeeds.</summary>
    public IndexBuildFailure? BuildFailure { get; set; }

    /// <summary>Opens or builds the index for the current content; true when it had to be built.</summary>
    public async Task<bool> EnsureBuiltAsync(CancellationToken ct, IProgress<(int Done, int Total, string File)>? progress = null)
    {
        var content = new ContentFolder(options.Value.ResolvedContentPath);
        var hash = content.Hash();
        var target = Path.Combine(IndexRoot, hash[..16]);
        if (File.Exists(Path.Combine(target, ReadyMarker)) && IndexFolderLock.TryShare(target) is { } shared)
        {
            Serve(Opened(shared, () => Open(target, hash, embedIfMissing: true, ct)), shared, current: true);
            logger.LogInformation("Knowledge index {Path} matches the content; {Count} passages", target, Current!.PassageCount);
            return false;
        }

        if (Current is null && NewestReady() is { } previous && IndexFolderLock.TryShare(previous) is { } stale)
        {
            Serve(Opened(stale, () => Open(previous, File.ReadAllText(Path.Combine(previous, ReadyMarker)), embedIfMissing: false, ct)), stale, current: false);
            logger.LogInformation("Serving the previous index {Path} while the content is indexed again", previous);
        }

        var (folder, held) = await Task.Run(() => Build(content, hash, target, progress, ct), ct).ConfigureAwait(false);
        Serve(await Task.Run(() => Opened(held, () => Open(folder, hash, embedIfMissing: true, ct)), ct).ConfigureAwait(false), held, current: true);
        RemoveOthers(folder);
        return true;
    }

    /// <summary>
    /// Builds the index and its vectors in a folder of this process's own, then publishes it as the content's folder.
    /// Returns the folder to serve (its own, or the same content another process published first) with its lock.
    /// </summary>
    private (string Folder, IndexFolderLock Lock) Build(ContentFolder content, string hash, string target, IProgress<(int Done, int Total, string File)>? progress, CancellationToken ct)
    {
        var building = $"{target}.building-{Guid.NewGuid():N}";
        var held = IndexFolderLock.Create(building);
        try
        {
            var result = IndexBuilder.Build(content, building, progress);
            Open(building, hash, embedIfMissing: true, ct).Dispose();
            File.WriteAllText(Path.Combine(building, ReadyMarker), hash);
            if (!Publish(building, target))
            {
                held.Dispose();
                Directory.Delete(building, recursive: true);
                logger.LogInformation("Another process published the index of this content first: {Path}", target);
                return IndexFolderLock.TryShare(target) is { } theirs ? (target, theirs) : throw new IOException($"the index {target} vanished while opening it");
            }

            logger.LogInformation(
                "Indexed {Documents} documents ({Passages} passages, {Faq} FAQ entries) from {Content} in {Ms} ms",
                result.Documents, result.Passages, result.FaqEntries, content.Root, (int)result.Elapsed.TotalMilliseconds);
            return (target, held);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>Renames the built folder to the content's folder; false when another process published that content already.</summary>
    private static bool Publish(string building, string target)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Directory.Move(building, target);
                return true;
            }
            catch (IOException) when (Directory.Exists(target) && attempt < 3)
            {
                if (File.Exists(Path.Combine(target, ReadyMarker)))
                {
                    return false;
                }

                // A folder left by a failed publish, without its marker: set it aside (only this content's builders name it).
                if (IndexFolderLock.TryExclusive(target) is { } gone)
                {
                    using (gone)
                    {
                        Directory.Move(target, $"{target}.stale-{Guid.NewGuid():N}");
                    }
                }
            }
        }
    }

    /// <summary>Runs <paramref name="open"/>, letting go of the folder's lock if it fails.</summary>
    private static KnowledgeSearcher Opened(IndexFolderLock held, Func<KnowledgeSearcher> open)
    {
        try
        {
            return open();
        }
        catch
        {
            held.Dispose();
            throw;
        }
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

    private void Serve(KnowledgeSearcher searcher, IndexFolderLock held, bool current)
    {
        KnowledgeSearcher? old;
        IndexFolderLock? released;
        lock (_swap)
        {
            old = _current;
            released = _serving;
            Volatile.Write(ref _current, searcher);
            _serving = held;
            IsCurrent = current;
        }

        // The old folder may be deleted from now on (searches in flight keep their open files).
        released?.Dispose();

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

    /// <summary>Deletes the other index folders that no process builds or serves (their lock is free).</summary>
    private void RemoveOthers(string keep)
    {
        foreach (var dir in Directory.EnumerateDirectories(IndexRoot).Where(d => !string.Equals(Path.GetFullPath(d), Path.GetFullPath(keep), StringComparison.Ordinal)))
        {
            try
            {
                var locked = File.Exists(Path.Combine(dir, IndexFolderLock.FileName)) || File.Exists(Path.Combine(dir, ReadyMarker));
                if (!locked)
                {
                    // No lock file and no marker: a build that died before either was written, or one from before locks.
                    if (Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddHours(-1))
                    {
                        Directory.Delete(dir, recursive: true);
                    }

                    continue;
                }

                if (IndexFolderLock.TryExclusive(dir) is { } exclusive)
                {
                    using (exclusive)
                    {
                        Directory.Delete(dir, recursive: true);
                    }
                }
                else
                {
                    logger.LogDebug("Keeping the index {Dir}: another process builds or serves it", dir);
                }
            }
            catch (IOException ex)
            {
                logger.LogDebug("Could not remove old index {Dir}: {Reason}", dir, ex.Message);
            }
        }
    }

    public void Dispose()
    {
        _current?.Dispose();
        _serving?.Dispose();
    }
}
