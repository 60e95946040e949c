using AdvisorBot.TestSupport;

namespace AdvisorBot.Web.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The repository's root: the folder holding AdvisorBot.sln, found from the test binaries.</summary>
    public static string Root => Repository.Root;

    public static string TestClients => Path.Combine(Root, "tests", "clients");
}
