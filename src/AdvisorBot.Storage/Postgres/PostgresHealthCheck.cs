using AdvisorBot.Core.State;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace AdvisorBot.Storage.Postgres;

/// <summary>Ready when turns can use the database: a one-row write succeeds. Logs a change of state once, not every poll.</summary>
internal sealed class PostgresHealthCheck(PostgresStateStore store, PostgresDatabase database, ILogger<PostgresHealthCheck> logger) : IHealthCheck
{
    private readonly StoreHealthLog _log = new(logger, database.Description);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ProbeWriteAsync(cancellationToken).ConfigureAwait(false);
            return _log.Report(HealthCheckResult.Healthy($"state database {database.Description} reachable and writable"));
        }
        catch (StateStoreUnavailableException ex)
        {
            return _log.Report(HealthCheckResult.Unhealthy($"state database {database.Description} cannot be used: {ex.Reason}"));
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return _log.Report(HealthCheckResult.Unhealthy($"state database {database.Description} unavailable: {ex.Message}"));
        }
    }
}
