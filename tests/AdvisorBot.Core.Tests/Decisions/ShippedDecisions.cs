using AdvisorBot.Core.Decisions.Loading;

namespace AdvisorBot.Core.Tests.Decisions;

/// <summary>The repository's own dialogs folder and the seed articles beside the repository.</summary>
public static class ShippedDecisions
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string DialogsFolder => Path.Combine(RepositoryRoot, "dialogs");

    /// <summary>The third-party source articles, kept beside the repository in shared/seeds.</summary>
    public static string SeedsFolder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seeds"));

    public static DecisionCatalog Load() => DecisionFileValidationTests.Load(DialogsFolder, "node-or-python");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AdvisorBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AdvisorBot.sln not found above the test binaries.");
    }
}
