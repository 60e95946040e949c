namespace AdvisorBot.Knowledge.Tests;

public static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>The raw third-party articles, beside the repository in shared/seeds.</summary>
    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

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
