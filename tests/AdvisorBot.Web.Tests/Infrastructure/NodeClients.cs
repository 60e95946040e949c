using System.Diagnostics;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>
/// The real third-party Node clients of tests/clients. Installs them with `npm ci` on first use, so the README's
/// test command works on a fresh machine that has Node.js and npm.
/// </summary>
public static class NodeClients
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static async Task<string> PathOfAsync(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.TestClients, "node_modules", relativePath);
        if (File.Exists(path))
        {
            return path;
        }

        await InstallLock.WaitAsync();
        try
        {
            if (!File.Exists(path))
            {
                await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], RepositoryPaths.TestClients, TimeSpan.FromMinutes(5));
            }
        }
        finally
        {
            InstallLock.Release();
        }

        return File.Exists(path) ? path : throw new FileNotFoundException($"npm ci did not install {relativePath}", path);
    }

    /// <summary>Runs a script of tests/clients with node (installing the clients first); returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunScriptAsync(string script, IEnumerable<string> args, TimeSpan timeout)
    {
        await PathOfAsync(Path.Combine("playwright-core", "package.json"));
        var result = await ToolProcess.RunAsync("node", [Path.Combine(RepositoryPaths.TestClients, script), .. args], timeout, RepositoryPaths.TestClients);
        return (result.ExitCode, result.Output, result.Error);
    }

    private static async Task RunAsync(string file, string[] args, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file, args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}");
        }
    }
}
