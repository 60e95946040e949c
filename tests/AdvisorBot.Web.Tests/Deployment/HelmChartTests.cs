using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Deployment;

/// <summary>
/// deploy/helm/advisorbot, rendered without a helm binary (neither Debian nor npm serves one): Go's own template
/// engine with the chart's values (tests/clients/render-chart.js), each document checked against the Kubernetes
/// schemas (npm kubernetes-models), then what the bot needs checked here: probes, ports, secrets by reference.
/// </summary>
public sealed class HelmChartTests
{
    private static readonly string Chart = Path.Combine(RepositoryPaths.Root, "deploy", "helm", "advisorbot");

    [Fact]
    public async Task TheChart_RendersADeploymentServiceAndAutoscaler_ThatFitTheKubernetesSchemas()
    {
        var (result, documents) = await RenderAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["Deployment", "HorizontalPodAutoscaler", "Service"], documents.Select(d => d["kind"]!.GetValue<string>()).Order());
        var deployment = Of(documents, "Deployment");
        var service = Of(documents, "Service");
        var hpa = Of(documents, "HorizontalPodAutoscaler");
        Assert.Null(deployment["spec"]!["replicas"]);
        Assert.Equal(deployment["metadata"]!["name"]!.GetValue<string>(), hpa["spec"]!["scaleTargetRef"]!["name"]!.GetValue<string>());
        Assert.True(hpa["spec"]!["minReplicas"]!.GetValue<int>() >= 2, "at least two instances, so one can go");
        Assert.Equal(deployment["spec"]!["selector"]!["matchLabels"]!.ToJsonString(), service["spec"]!["selector"]!.ToJsonString());
        Assert.Equal(deployment["spec"]!["selector"]!["matchLabels"]!.ToJsonString(), ((JsonObject)deployment["spec"]!["template"]!["metadata"]!["labels"]!).ToJsonString());
        Assert.Equal("http", service["spec"]!["ports"]![0]!["targetPort"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheContainer_IsProbedOnReadyzAndHealthz_OnThePortItListensOn()
    {
        var (result, documents) = await RenderAsync();
        Assert.True(result.ExitCode == 0, result.ToString());
        var container = Container(Of(documents, "Deployment"));

        var port = container["ports"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "http")!["containerPort"]!.GetValue<int>();
        Assert.Equal($"http://+:{port}", Env(container, "Urls")!["value"]!.GetValue<string>());
        Assert.Equal("/readyz", container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("http", container["readinessProbe"]!["httpGet"]!["port"]!.GetValue<string>());
        Assert.Equal("/healthz", container["livenessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("http", container["livenessProbe"]!["httpGet"]!["port"]!.GetValue<string>());
        Assert.NotNull(container["resources"]!["requests"]!["memory"]);
        Assert.NotNull(container["resources"]!["limits"]!["memory"]);
        Assert.True(Of(documents, "Deployment")["spec"]!["template"]!["spec"]!["securityContext"]!["runAsNonRoot"]!.GetValue<bool>());
    }

    [Fact]
    public async Task StateGoesToPostgres_AndEverySecret_IsAReferenceToTheSecret_NeverAValue()
    {
        var (result, documents) = await RenderAsync("""{"slack":{"enabled":true}}""");
        Assert.True(result.ExitCode == 0, result.ToString());
        var container = Container(Of(documents, "Deployment"));

        Assert.Equal("Postgres", Env(container, "State__Provider")!["value"]!.GetValue<string>());
        foreach (var (name, key) in new[]
        {
            ("ConnectionStrings__State", "state-connection-string"), ("MicrosoftAppPassword", "microsoft-app-password"),
            ("Slack__SigningSecret", "slack-signing-secret"), ("Slack__BotToken", "slack-bot-token"),
        })
        {
            var env = Env(container, name);
            Assert.True(env is not null, $"{name} is missing");
            Assert.Null(env["value"]);
            Assert.Equal("advisorbot-secrets", env["valueFrom"]!["secretKeyRef"]!["name"]!.GetValue<string>());
            Assert.Equal(key, env["valueFrom"]!["secretKeyRef"]!["key"]!.GetValue<string>());
        }

        Assert.Equal("MicrosoftAppId", Env(container, "MicrosoftAppId")!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task SlackAndTelemetry_AreOffByDefault_AndOnWhenTheirValuesAreSet()
    {
        var (off, offDocuments) = await RenderAsync();
        var (on, onDocuments) = await RenderAsync("""{"slack":{"enabled":true},"telemetry":{"otlpEndpoint":"http://collector:4317"}}""");

        Assert.True(off.ExitCode == 0 && on.ExitCode == 0, off + "\n" + on);
        Assert.Null(Env(Container(Of(offDocuments, "Deployment")), "Slack__BotToken"));
        Assert.Null(Env(Container(Of(offDocuments, "Deployment")), "OpenTelemetry__Otlp__Endpoint"));
        Assert.NotNull(Env(Container(Of(onDocuments, "Deployment")), "Slack__BotToken"));
        Assert.Equal("http://collector:4317", Env(Container(Of(onDocuments, "Deployment")), "OpenTelemetry__Otlp__Endpoint")!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithAutoscalingOff_ThereIsNoAutoscaler_AndTheDeploymentSetsReplicas()
    {
        var (result, documents) = await RenderAsync("""{"autoscaling":{"enabled":false},"replicaCount":3}""");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(documents, d => d["kind"]!.GetValue<string>() == "HorizontalPodAutoscaler");
        Assert.Equal(3, Of(documents, "Deployment")["spec"]!["replicas"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"containerPort":"eighty"}""", "containerPort must be integer")]
    [InlineData("""{"probes":{"readiness":null}}""", "nil pointer evaluating")]
    public async Task AValueOfTheWrongShape_FailsTheRender_SayingWhere(string values, string expected)
    {
        var (result, _) = await RenderAsync(values);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    private static async Task<(ToolResult Result, List<JsonNode> Documents)> RenderAsync(string values = "{}")
    {
        await NodeClients.PathOfAsync(Path.Combine("@evertdespiegeleer", "go-template", "package.json"));
        var result = await ToolProcess.RunAsync("node",
            [Path.Combine(RepositoryPaths.TestClients, "render-chart.js"), Chart, "--release", "advisorbot", "--set-json", values], TimeSpan.FromMinutes(1));
        var report = JsonNode.Parse(result.Output) ?? throw new InvalidOperationException(result.ToString());
        return (result, [.. report["documents"]!.AsArray().Select(d => d!["object"]!)]);
    }

    private static JsonNode Of(List<JsonNode> documents, string kind) => documents.Single(d => d["kind"]!.GetValue<string>() == kind);

    private static JsonNode Container(JsonNode deployment) => deployment["spec"]!["template"]!["spec"]!["containers"]![0]!;

    private static JsonNode? Env(JsonNode container, string name) =>
        container["env"]!.AsArray().SingleOrDefault(e => e!["name"]!.GetValue<string>() == name);
}
