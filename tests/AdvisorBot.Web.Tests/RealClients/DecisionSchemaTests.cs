using System.Diagnostics;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.RealClients;

/// <summary>The published decision schema, checked by independent tools (Ajv and the yaml npm package).</summary>
public sealed class DecisionSchemaTests
{
    private static string Schema => Path.Combine(RepositoryPaths.Root, "dialogs", "decision.schema.json");

    [Fact]
    public async Task ShippedDecisionFiles_ValidateAgainstThePublishedSchema()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "dialogs"), "*.yaml");

        var (exit, output) = await ValidateAsync(files);

        Assert.True(exit == 0, output);
        Assert.Equal(files.Length, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("\"ok\":true", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TheSchema_RejectsAFileWithMistakes()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, "id: Not An Id\ntitle: x\nsources: []\noptions: []\nquestions:\n  - id: q\n    prompt: p\n    kind: maybe\n");
        try
        {
            var (exit, output) = await ValidateAsync([file]);

            Assert.Equal(1, exit);
            Assert.Contains("/id must match pattern", output, StringComparison.Ordinal);
            Assert.Contains("/questions/0/kind must be equal to one of the allowed values", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<(int Exit, string Output)> ValidateAsync(string[] files)
    {
        await NodeClients.PathOfAsync(Path.Combine("ajv", "package.json"));
        var info = new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.TestClients, "validate-decisions.js"), Schema, .. files])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + error);
    }
}
