using System.Diagnostics;
using System.Net;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Hosting;

/// <summary>The built host started as its own process, configured the way operators do it: environment variables.</summary>
public sealed class ProcessHostTests
{
    [Fact]
    public async Task EnvironmentVariables_OverrideTheBuiltInSettings()
    {
        var port = Loopback.FreePort();
        var dataPath = BotApplication.NewDataPath();
        using var host = Start(new()
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["State__DataPath"] = dataPath,
            ["MicrosoftAppId"] = "env-app-id",
            ["MicrosoftAppPassword"] = "env-secret",
        });
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            await WaitReadyAsync(http, host);

            // MicrosoftAppId from the environment switched authentication on: no token, no entry.
            var response = await http.SendAsync(Activities.Post(Activities.Message("hello", "http://127.0.0.1:9/")));

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.True(File.Exists(Path.Combine(dataPath, "advisorbot.db")), "State__DataPath from the environment must place the SQLite file");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task InvalidSettingFromTheEnvironment_StopsStartUp_NamingIt()
    {
        using var host = Start(new()
        {
            ["Urls"] = $"http://127.0.0.1:{Loopback.FreePort()}",
            ["State__DataPath"] = BotApplication.NewDataPath(),
            ["BotFramework__OpenIdMetadataUrl"] = "http://login.example.com/metadata",
        });
        var output = host.StandardError.ReadToEndAsync();
        var stdout = host.StandardOutput.ReadToEndAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        await host.WaitForExitAsync(timeout.Token);

        Assert.NotEqual(0, host.ExitCode);
        Assert.Contains("BotFramework:OpenIdMetadataUrl", await output + await stdout, StringComparison.Ordinal);
    }

    private static Process Start(Dictionary<string, string> environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "AdvisorBot.Web.dll");
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the host");
    }

    private static Task WaitReadyAsync(HttpClient http, Process host) =>
        Loopback.WaitUntilOkAsync(http, "readyz", TimeSpan.FromSeconds(180), () => host.HasExited, "the host");
}
