using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Knowledge.Index;

/// <summary>Builds or opens the index in the background at start-up, so the bot answers HTTP at once.</summary>
internal sealed class KnowledgeIndexer(KnowledgeIndex index, ILogger<KnowledgeIndexer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await index.EnsureBuiltAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Indexing the content failed; questions will get \"my sources don't cover that\" until it succeeds");
        }
    }
}
