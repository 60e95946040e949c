using AdvisorBot.Channels.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AdvisorBot.Web.Hosting;

/// <summary>
/// OpenTelemetry, on only when there is somewhere to send it: an OTLP endpoint from <c>OpenTelemetry:Otlp:Endpoint</c>
/// (with <c>OpenTelemetry:Otlp:Protocol</c>, <c>grpc</c> or <c>http/protobuf</c>) or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>. Then traces (ASP.NET Core, HttpClient, the bot's turn spans), metrics (the
/// "AdvisorBot" meter, ASP.NET Core's and HttpClient's) and logs go there. Without an endpoint no exporter and no SDK
/// is set up: the bot's instruments still exist for local tools (dotnet-counters) and cost nothing unread.
/// </summary>
internal static class TelemetryHosting
{
    public const string EndpointKey = "OpenTelemetry:Otlp:Endpoint";
    public const string ProtocolKey = "OpenTelemetry:Otlp:Protocol";
    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string DefaultServiceName = "advisorbot";

    public static WebApplicationBuilder AddAdvisorBotTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var endpoint = configuration[EndpointKey];
        var standardEndpoint = configuration[StandardEndpointKey];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(standardEndpoint))
        {
            return builder;
        }

        var serviceName = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : DefaultServiceName;
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: Environment.MachineName))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging();
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            otel.UseOtlpExporter(); // OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL, _HEADERS, as the specification names them
        }
        else
        {
            otel.UseOtlpExporter(Protocol(configuration[ProtocolKey]), Endpoint(endpoint));
        }

        return builder;
    }

    private static bool IsProbe(PathString path) => path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz");

    private static Uri Endpoint(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"{EndpointKey} must be an absolute http or https URL (the OTLP collector), not '{value}'.");

    private static OtlpExportProtocol Protocol(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{ProtocolKey} must be \"grpc\" or \"http/protobuf\", not '{value}'."),
    };
}
