using AdvisorBot.Knowledge.Embeddings;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdvisorBot.Knowledge.Index;

/// <summary>Ready when an index built from the current content is serving; degraded while a previous one stands in. Says the content version served.</summary>
internal sealed class KnowledgeIndexHealthCheck(KnowledgeIndex index, EmbeddingModel model) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.Current switch
        {
            null when index.BuildFailure is { } failed => HealthCheckResult.Unhealthy(
                $"indexing the content failed {failed.Attempts} time(s): {failed.Reason}; next attempt at {failed.NextAttempt:HH:mm:ss} UTC"),
            null => HealthCheckResult.Unhealthy("content not indexed yet"),
            _ when !index.IsCurrent && index.BuildFailure is { } failed => HealthCheckResult.Degraded(
                $"serving the previous index (content version {index.ContentVersion}); re-indexing failed {failed.Attempts} time(s): {failed.Reason}"),
            _ when !index.IsCurrent => HealthCheckResult.Degraded($"serving the previous index (content version {index.ContentVersion}) while the content is re-indexed"),
            var current => HealthCheckResult.Healthy($"{current.PassageCount} passages indexed from content version {index.ContentVersion}; {(current.Embedder is null ? model.Status : $"semantic matching with {current.Embedder.ModelId}")}"),
        });
}
