using System.Security.Cryptography;
using System.Text;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>The supported files of a content folder, read in a stable order, with a hash that changes when any of them does.</summary>
public sealed class ContentFolder(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public IReadOnlyList<string> Files() =>
        Directory.Exists(Root)
            ? [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
                .Where(DocumentReader.IsSupported)
                .Where(f => !Path.GetFileName(f).StartsWith('.') && !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)]
            : [];

    public string RelativePath(string file) => Path.GetRelativePath(Root, file).Replace('\\', '/');

    public SourceDocument Read(string file) => DocumentReader.Read(RelativePath(file), File.ReadAllText(file));

    /// <summary>SHA-256 over every file's relative path and bytes: the index is rebuilt only when this changes.</summary>
    public string Hash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"format:{IndexFormat.Version}\n"));
        foreach (var file in Files())
        {
            sha.AppendData(Encoding.UTF8.GetBytes(RelativePath(file) + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

/// <summary>Bumped when the way content is parsed or indexed changes, so existing indexes are rebuilt.</summary>
public static class IndexFormat
{
    public const int Version = 2;
}
