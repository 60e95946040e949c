using System.Globalization;

namespace AdvisorBot.Bench;

internal sealed record BenchOptions(int Seconds, int Concurrency, int Starts)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => int.TryParse(Value(name), CultureInfo.InvariantCulture, out var v) ? v : fallback;
        return new BenchOptions(Int("--seconds", 10), Int("--concurrency", 16), Int("--starts", 5));
    }

    /// <summary>The host built beside this harness, in the same configuration.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AdvisorBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("run the bench from inside the repository");
    }

    public static string FindWebDll()
    {
        var root = RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(root, "src", "AdvisorBot.Web", "bin", configuration, "net10.0", "AdvisorBot.Web.dll");
    }
}
