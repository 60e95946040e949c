using AdvisorBot.Core.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// Ready when turns can use the store: a write succeeds (a read-only or full file fails it), and, once a turn has
/// met damage, SQLite's integrity check passes again (run at most every 30 s, the file may be large).
/// </summary>
internal sealed class StateStoreHealthCheck(SqliteStateStore store, SqliteDatabase database, TimeProvider time, ILogger<StateStoreHealthCheck> logger) : IHealthCheck
{
    private static readonly TimeSpan IntegrityCheckInterval = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private (DateTimeOffset At, string? Problem)? _integrity;
    private readonly StoreHealthLog _log = new(logger, database.FilePath);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFileName(database.FilePath);
        try
        {
            if (database.LastFailure is { IsDamage: true } && await IntegrityAsync(cancellationToken).ConfigureAwait(false) is { } damage)
            {
                return _log.Report(HealthCheckResult.Unhealthy($"state file {file} is damaged: {damage}"));
            }

            await store.ProbeWriteAsync(cancellationToken).ConfigureAwait(false);
            return _log.Report(HealthCheckResult.Healthy($"state file {file} open and writable"));
        }
        catch (StateStoreUnavailableException ex)
        {
            return _log.Report(HealthCheckResult.Unhealthy($"state file {file} cannot be used: {ex.Reason}"));
        }
        catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException)
        {
            return _log.Report(HealthCheckResult.Unhealthy($"state file {file} unavailable: {ex.Message}"));
        }
    }

    private async Task<string?> IntegrityAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            if (_integrity is { } last && time.GetUtcNow() - last.At < IntegrityCheckInterval)
            {
                return last.Problem;
            }
        }

        string? problem;
        try
        {
            problem = await store.IntegrityProblemAsync(ct).ConfigureAwait(false);
        }
        catch (StateStoreUnavailableException ex)
        {
            problem = ex.Reason;
        }

        lock (_gate)
        {
            _integrity = (time.GetUtcNow(), problem);
        }

        return problem;
    }
}
