using AdvisorBot.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace AdvisorBot.Web.Endpoints;

internal static class HealthEndpoints
{
    /// <summary>/healthz: the process answers. /readyz: every readiness check (the state store, the content index) passes.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(StorageServiceCollectionExtensions.ReadyTag) });
        return app;
    }
}
