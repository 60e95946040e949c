using System.Text.Json;
using AdvisorBot.Knowledge.Index;
using AdvisorBot.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdvisorBot.Web.Endpoints;

internal static class HealthEndpoints
{
    /// <summary>
    /// /healthz: the process answers. /readyz: every readiness check (the state store can be written, the content
    /// index serves) passes; the body says each check's status and why, e.g. a failed index build and its next retry,
    /// and which content version this instance answers from (instances behind one load balancer may differ while a
    /// new version rolls out).
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
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            contentVersion = context.RequestServices.GetRequiredService<KnowledgeIndex>().ContentVersion,
        }, cancellationToken: context.RequestAborted);
    }
}
