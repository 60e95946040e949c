using System.Text.Json;
using AdvisorBot.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdvisorBot.Web.Endpoints;

internal static class HealthEndpoints
{
    /// <summary>
    /// /healthz: the process answers. /readyz: every readiness check (the state store, the content index) passes; the
    /// body says what each check found, e.g. whether answers match by meaning or, with the model unavailable, by words.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(StorageServiceCollectionExtensions.ReadyTag),
            ResponseWriter = WriteDetailsAsync,
        });
        return app;
    }

    private static Task WriteDetailsAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
