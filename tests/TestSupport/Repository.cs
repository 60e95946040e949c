namespace AdvisorBot.TestSupport;

internal static class Repository
{
    /// <summary>The repository's root: the folder holding AdvisorBot.sln, found from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

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
