using AdvisorBot.Knowledge.Embeddings;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AdvisorBot.Knowledge.Index;

/// <summary>Ready when an index built from the current content is serving; degraded while a previous one stands in.</summary>
internal sealed class KnowledgeIndexHealthCheck(KnowledgeIndex index, EmbeddingModel model) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.Current switch
        {
            null => HealthCheckResult.Unhealthy("content not indexed yet"),
            _ when !index.IsCurrent => HealthCheckResult.Degraded("serving the previous index while the content is re-indexed"),
            var current => HealthCheckResult.Healthy($"{current.PassageCount} passages indexed; {(current.Embedder is null ? model.Status : $"semantic matching with {current.Embedder.ModelId}")}"),
        });
}
