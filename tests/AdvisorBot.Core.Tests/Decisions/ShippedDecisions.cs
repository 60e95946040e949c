using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.TestSupport;

namespace AdvisorBot.Core.Tests.Decisions;

/// <summary>The repository's own dialogs folder and the seed articles beside the repository.</summary>
public static class ShippedDecisions
{
    public static string RepositoryRoot => Repository.Root;

    public static string DialogsFolder => Path.Combine(RepositoryRoot, "dialogs");

    /// <summary>The third-party source articles (<c>ADVISORBOT_SEEDS</c>, by default ../shared/seeds).</summary>
    public static string SeedsFolder => SeedArticles.Folder;

    public static DecisionCatalog Load() => DecisionFileValidationTests.Load(DialogsFolder, "node-or-python");
}
