namespace AdvisorBot.Knowledge.Tests;

public static class Paths
{
    /// <summary>The environment variable naming the folder of the raw third-party articles.</summary>
    public const string SeedsVariable = "ADVISORBOT_SEEDS";

    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>The raw third-party articles: <c>ADVISORBOT_SEEDS</c>, else shared/seeds beside the repository.</summary>
    public static string Seeds => Environment.GetEnvironmentVariable(SeedsVariable) is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    public static bool SeedsAvailable => Directory.Exists(Seeds) && Directory.EnumerateFiles(Seeds).Any();

    public static string SeedsMissing =>
        $"needs the raw seed articles, not found at {Seeds}: set {SeedsVariable} to the folder holding them (shared/seeds beside the repository by default)";

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

/// <summary>A fact that needs the raw seed articles: skipped, saying what is missing and how to supply it, when they are absent.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (!Paths.SeedsAvailable)
        {
            Skip = Paths.SeedsMissing;
        }
    }
}

/// <summary>A theory that needs the raw seed articles; see <see cref="SeedsFactAttribute"/>.</summary>
public sealed class SeedsTheoryAttribute : TheoryAttribute
{
    public SeedsTheoryAttribute()
    {
        if (!Paths.SeedsAvailable)
        {
            Skip = Paths.SeedsMissing;
        }
    }
}
