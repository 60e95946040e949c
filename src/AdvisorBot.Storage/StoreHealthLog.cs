using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Storage;

/// <summary>Logs a change of the state store's health once, not at every poll of the readiness probe.</summary>
internal sealed class StoreHealthLog(ILogger logger, string where)
{
    private string? _lastReported;

    public HealthCheckResult Report(HealthCheckResult result)
    {
        var line = $"{result.Status}: {result.Description}";
        if (Interlocked.Exchange(ref _lastReported, line) != line)
        {
            if (result.Status == HealthStatus.Healthy)
            {
                logger.LogInformation("State store ready: {Description}", result.Description);
            }
            else
            {
                logger.LogError("State store not ready: {Description} ({Where})", result.Description, where);
            }
        }

        return result;
    }
}
