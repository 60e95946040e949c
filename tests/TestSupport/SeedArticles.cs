namespace AdvisorBot.TestSupport;

/// <summary>
/// The third-party seed articles some tests check against. One setting finds them: the environment variable
/// <c>ADVISORBOT_SEEDS</c>, defaulting to <c>../shared/seeds</c> beside the repository.
/// </summary>
internal static class SeedArticles
{
    public const string Variable = "ADVISORBOT_SEEDS";

    public static string Folder { get; } = Resolve();

    public static bool Present => Directory.Exists(Folder) && Directory.EnumerateFileSystemEntries(Folder).Any();

    /// <summary>Why a test that needs the articles was skipped, and how to supply them.</summary>
    public static string MissingMessage =>
        $"Needs the seed articles, but the folder {Folder} is missing or empty. Set {Variable} to the folder holding them " +
        "(by default ../shared/seeds beside the repository; .ci/run has it).";

    private static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        return string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "seeds"))
            : Path.GetFullPath(configured, Repository.Root);
    }
}
