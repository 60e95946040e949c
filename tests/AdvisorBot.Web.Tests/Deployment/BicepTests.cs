using System.Reflection;
using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Deployment;

/// <summary>
/// deploy/azure/main.bicep compiled by the real Bicep compiler (NuGet Azure.Bicep.CommandLine.linux-x64, which checks
/// every resource against Azure's published types) into an ARM template, whose resources are then read here.
/// </summary>
public sealed class BicepTests
{
    private static readonly string Template = Path.Combine(RepositoryPaths.Root, "deploy", "azure", "main.bicep");

    [Fact]
    public async Task TheTemplate_CompilesAndLints_WithoutAWarning()
    {
        var build = await BicepAsync("build", Template, "--stdout");
        var lint = await BicepAsync("lint", Template);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.DoesNotContain("Warning", build.Error + lint.Error + lint.Output, StringComparison.Ordinal);
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", JsonNode.Parse(build.Output)!["$schema"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheCompiler_RejectsAPropertyTheResourceTypeDoesNotHave()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.bicep");
        var text = await File.ReadAllTextAsync(Template);
        await File.WriteAllTextAsync(file, text.Replace("kind: 'azurebot'", "kind: 'azurebot'\n  colour: 'red'", StringComparison.Ordinal));
        try
        {
            var result = await BicepAsync("build", file, "--stdout");

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("BCP037", result.Error, StringComparison.Ordinal);
            Assert.Contains("\"colour\"", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task TheBotRegistration_HasTheTeamsChannel_AndPointsAtTheAppsMessagesEndpoint()
    {
        var resources = Resources(await CompileAsync());

        var bot = Single(resources, "Microsoft.BotService/botServices");
        Assert.Equal("azurebot", bot["kind"]!.GetValue<string>());
        Assert.Equal("global", bot["location"]!.GetValue<string>());
        Assert.Contains("/api/messages", bot["properties"]!["endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("ingress.fqdn", bot["properties"]!["endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("[parameters('microsoftAppId')]", bot["properties"]!["msaAppId"]!.GetValue<string>());
        var teams = Single(resources, "Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", teams["properties"]!["channelName"]!.GetValue<string>());
        Assert.True(teams["properties"]!["properties"]!["isEnabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TheContainerApp_IsProbed_AndTakesItsSecretsByReference_WithStateInPostgres()
    {
        var template = await CompileAsync();
        var resources = Resources(template);

        var app = Single(resources, "Microsoft.App/containerApps");
        var container = app["properties"]!["template"]!["containers"]![0]!;
        var probes = container["probes"]!.AsArray().ToDictionary(p => p!["type"]!.GetValue<string>(), p => p!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/readyz", probes["Readiness"]);
        Assert.Equal("/healthz", probes["Liveness"]);
        // The environment is the base list with Slack's and telemetry's added when they are configured.
        Assert.StartsWith("[concat(variables('baseEnv')", container["env"]!.GetValue<string>(), StringComparison.Ordinal);
        var env = template["variables"]!["baseEnv"]!.ToJsonString();
        Assert.Contains("""{"name":"State__Provider","value":"Postgres"}""", env, StringComparison.Ordinal);
        Assert.Contains("""{"name":"ConnectionStrings__State","secretRef":"state-connection-string"}""", env, StringComparison.Ordinal);
        Assert.Contains("""{"name":"MicrosoftAppPassword","secretRef":"microsoft-app-password"}""", env, StringComparison.Ordinal);
        Assert.True(app["properties"]!["configuration"]!["ingress"]!["external"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SecretParameters_AreSecure_AndTheParametersFileNamesNoneOfThem()
    {
        var build = await BicepAsync("build", Template, "--stdout");
        Assert.True(build.ExitCode == 0, build.ToString());
        var parameters = JsonNode.Parse(build.Output)!["parameters"]!.AsObject();
        var values = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(Template)!, "main.parameters.json")))!["parameters"]!.AsObject();

        foreach (var secret in new[] { "microsoftAppPassword", "stateConnectionString", "slackSigningSecret", "slackBotToken" })
        {
            Assert.Equal("securestring", parameters[secret]!["type"]!.GetValue<string>());
            Assert.False(values.ContainsKey(secret), $"{secret} must not be written into the parameters file");
        }

        Assert.All(values, v => Assert.True(parameters.ContainsKey(v.Key), $"main.parameters.json names {v.Key}, which the template does not have"));
    }

    private static async Task<JsonNode> CompileAsync()
    {
        var build = await BicepAsync("build", Template, "--stdout");
        Assert.True(build.ExitCode == 0, build.ToString());
        return JsonNode.Parse(build.Output)!;
    }

    private static JsonArray Resources(JsonNode template)
    {
        var resources = template["resources"]!;
        // Bicep writes resources as an array, or as an object keyed by symbolic name with some language versions.
        return resources is JsonArray array ? array : new JsonArray([.. resources.AsObject().Select(p => p.Value!.DeepClone())]);
    }

    private static JsonNode Single(JsonArray resources, string type) => resources.Single(r => r!["type"]!.GetValue<string>() == type)!;

    private static Task<ToolResult> BicepAsync(params string[] args) =>
        ToolProcess.RunAsync(BicepPath(), args, TimeSpan.FromMinutes(3), Path.GetTempPath(),
            new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1", ["BICEP_TRACING_ENABLED"] = "false" });

    private static string BicepPath()
    {
        var configured = typeof(BicepTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value;
        var path = Path.GetFullPath((configured ?? "").Replace('\\', '/'));
        return File.Exists(path) ? path : throw new FileNotFoundException("The Bicep compiler of the Azure.Bicep.CommandLine.linux-x64 package is missing", path);
    }
}
