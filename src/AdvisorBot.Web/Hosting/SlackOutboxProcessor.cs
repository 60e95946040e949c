using System.Text.Json;
using AdvisorBot.Channels.Slack;
using AdvisorBot.Core.Outbox;
using AdvisorBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Hosting;

/// <summary>
/// Works through the outbox in the background: runs each accepted Slack request, marks it done, retries failures
/// with backoff (five attempts). Items left by a process that died are picked up at the next start.
/// </summary>
internal sealed class SlackOutboxProcessor(
    IOutbox outbox, SlackAdapter adapter, IOptions<SlackOptions> options, HealthCheckService health, ILogger<SlackOutboxProcessor> logger) : BackgroundService
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _signal = new(0);

    public void Signal() => _signal.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            return;
        }

        // Work waiting from before a restart runs only once the bot is ready (state open, content indexed).
        while (!stoppingToken.IsCancellationRequested
            && (await health.CheckHealthAsync(c => c.Tags.Contains(StorageServiceCollectionExtensions.ReadyTag), stoppingToken)).Status == HealthStatus.Unhealthy)
        {
            await Task.Delay(100, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var due = await outbox.DueAsync(16, stoppingToken);
            foreach (var item in due)
            {
                await ProcessAsync(item, stoppingToken);
            }

            if (due.Count == 0)
            {
                await _signal.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task ProcessAsync(OutboxItem item, CancellationToken ct)
    {
        try
        {
            var work = JsonSerializer.Deserialize<SlackWork>(item.Payload, Json)!;
            await adapter.ProcessAsync(work, ct);
            await outbox.CompleteAsync(item.Id, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            if (item.Attempts + 1 >= MaxAttempts)
            {
                logger.LogError(ex, "Giving up on Slack work {Id} after {Attempts} attempts", item.Id, item.Attempts + 1);
                await outbox.CompleteAsync(item.Id, ct);
                return;
            }

            logger.LogWarning("Slack work {Id} failed ({Reason}); retrying", item.Id, ex.Message);
            await outbox.RetryLaterAsync(item.Id, ex.Message, TimeSpan.FromSeconds(Math.Pow(2, item.Attempts + 1)), ct);
        }
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }
}
