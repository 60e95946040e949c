using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Knowledge.Index;

/// <summary>
/// Builds or opens the index in the background at start-up, so the bot answers HTTP at once. A failed build is
/// retried with backoff (2 s doubling to 5 min), and the failure and the next attempt are what /readyz reports. A
/// build cut short because the host is stopping ends quietly.
/// </summary>
internal sealed class KnowledgeIndexer(KnowledgeIndex index, TimeProvider time, ILogger<KnowledgeIndexer> logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRetry;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await index.EnsureBuiltAsync(stoppingToken).ConfigureAwait(false);
                index.BuildFailure = null;
                return;
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                // The host is stopping: a build cut short by it (the embedding model reports that as a failure of its
                // own) is no failure to report or retry.
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                index.BuildFailure = new IndexBuildFailure(ex.Message, attempt, time.GetUtcNow() + delay);
                if (attempt == 1)
                {
                    logger.LogError(ex, "Indexing the content failed; retrying in {Seconds} s", (int)delay.TotalSeconds);
                }
                else
                {
                    logger.LogError("Indexing the content failed again (attempt {Attempt}): {Reason}; retrying in {Seconds} s", attempt, ex.Message, (int)delay.TotalSeconds);
                }
            }

            await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetry.Ticks));
        }
    }
}

/// <summary>Why the last index build failed, how many have, and when the next one starts.</summary>
public sealed record IndexBuildFailure(string Reason, int Attempts, DateTimeOffset NextAttempt);
