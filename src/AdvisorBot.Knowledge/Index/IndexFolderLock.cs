namespace AdvisorBot.Knowledge.Index;

/// <summary>
/// A lock on one index folder, in its <c>.lock</c> file: shared while a process builds or serves the folder,
/// exclusive to delete it. Processes sharing a data folder (several instances, or a new one starting beside an old
/// one) so never delete an index another one builds or serves. The operating system drops a dead process's locks.
/// </summary>
internal sealed class IndexFolderLock : IDisposable
{
    public const string FileName = ".lock";
    private readonly FileStream? _file;

    private IndexFolderLock(FileStream? file) => _file = file;

    /// <summary>A shared lock on a new folder's lock file, made now (the folder is new and private to the caller).</summary>
    public static IndexFolderLock Create(string folder)
    {
        Directory.CreateDirectory(folder);
        return new(new FileStream(Path.Combine(folder, FileName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite));
    }

    /// <summary>A shared lock on an existing folder, or null when it is gone or being deleted.</summary>
    public static IndexFolderLock? TryShare(string folder)
    {
        try
        {
            return TryOpen(folder, FileAccess.Read, FileShare.ReadWrite);
        }
        catch (UnauthorizedAccessException)
        {
            // A folder this process may not write (an index baked into a read-only image): nobody can delete it either.
            return new(null);
        }
    }

    /// <summary>The exclusive lock that deleting the folder needs, or null while anyone builds or serves it.</summary>
    public static IndexFolderLock? TryExclusive(string folder) => TryOpen(folder, FileAccess.ReadWrite, FileShare.None);

    private static IndexFolderLock? TryOpen(string folder, FileAccess access, FileShare share)
    {
        try
        {
            // Folders indexed before locks have no lock file: it is made on first use.
            var mode = File.Exists(Path.Combine(folder, "READY")) ? FileMode.OpenOrCreate : FileMode.Open;
            return new(new FileStream(Path.Combine(folder, FileName), mode, access | FileAccess.Read, share));
        }
        catch (IOException)
        {
            return null; // held the other way, or gone
        }
    }

    public void Dispose() => _file?.Dispose();
}
