using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>Ready when the state store opens and answers a query.</summary>
internal sealed class StateStoreHealthCheck(SqliteStateStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.PingAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("state store open");
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("state store unavailable", ex);
        }
    }
}
