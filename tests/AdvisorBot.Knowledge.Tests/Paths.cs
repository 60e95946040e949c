using AdvisorBot.TestSupport;

namespace AdvisorBot.Knowledge.Tests;

public static class Paths
{
    public static string Root => Repository.Root;

    public static string Content => Path.Combine(Root, "content");

    /// <summary>The raw third-party articles (see <see cref="SeedArticles"/>: <c>ADVISORBOT_SEEDS</c>, else shared/seeds).</summary>
    public static string Seeds => SeedArticles.Folder;
}
