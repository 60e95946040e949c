using AdvisorBot.Web.Hosting;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdvisorBot.Web.Tests.Deployment;

/// <summary>`dotnet AdvisorBot.Web.dll healthcheck`, the container image's HEALTHCHECK, run as the image runs it.</summary>
public sealed class HealthProbeCommandTests
{
    [Theory]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://*:8080;https://*:8443", "http://127.0.0.1:8080/healthz")]
    [InlineData("http://0.0.0.0:5000", "http://127.0.0.1:5000/healthz")]
    [InlineData("http://localhost:3978", "http://localhost:3978/healthz")]
    [InlineData("http://[::]:8080", "http://127.0.0.1:8080/healthz")]
    public void TheProbe_AsksTheFirstUrl_OnLoopbackForAWildcardHost(string urls, string expected) =>
        Assert.Equal(expected, HealthProbeCommand.Target(urls)?.AbsoluteUri);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("unix:/tmp/bot.sock")]
    public void Urls_WithoutAnHttpAddress_GiveNoTarget(string? urls) => Assert.Null(HealthProbeCommand.Target(urls));

    [Theory]
    [InlineData(200, 0)]
    [InlineData(503, 1)]
    public async Task TheProbe_ExitsZero_OnlyWhenHealthzAnswers2xx(int status, int exitCode)
    {
        var (server, addresses) = await LoopbackServer.StartAsync(app => app.MapGet("/healthz", () => Results.StatusCode(status)));
        await using var _ = server;
        var port = new Uri(addresses[0]).Port;

        var result = await ProbeAsync($"http://+:{port}");

        Assert.True(result.ExitCode == exitCode, result.ToString());
        if (exitCode != 0)
        {
            Assert.Contains($"answered {status}", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheProbe_ExitsOne_WhenNothingListens()
    {
        var result = await ProbeAsync($"http://+:{Loopback.FreePort()}");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did not answer", result.Error, StringComparison.Ordinal);
    }

    private static Task<ToolResult> ProbeAsync(string urls) =>
        ToolProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "AdvisorBot.Web.dll"), "healthcheck"], TimeSpan.FromMinutes(1),
            AppContext.BaseDirectory, new Dictionary<string, string> { ["Urls"] = urls });
}
