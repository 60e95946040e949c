using System.Text.Json;
using AdvisorBot.Channels.Logging;
using AdvisorBot.Channels.Outbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Channels.Slack;

/// <summary>
/// Works through the outbox in the background: claims due items (a lease, so an item whose worker died is claimed
/// again once it ends), runs each accepted Slack request, marks it done, retries failures with backoff (five
/// attempts in all) and prunes done items after a day. Items left by a process that died are picked up at the next
/// start, once the bot is ready or after <see cref="ReadinessWait"/> at most: a failing index must not leave
/// accepted events unanswered. A storage failure backs the loop off and is logged once a minute, not per poll.
/// </summary>
public sealed class SlackOutboxWorker(
    IOutbox outbox, SlackAdapter adapter, IOptions<SlackOptions> options, HealthCheckService health, ThrottledLog throttled,
    TimeProvider time, ILogger<SlackOutboxWorker> logger) : BackgroundService
{
    public const int MaxAttempts = 5;
    /// <summary>A claim lasts this long unless renewed; renewed every third of it while the work runs.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan KeepDone = TimeSpan.FromDays(1);
    public static readonly TimeSpan ReadinessWait = TimeSpan.FromMinutes(2);
    public const string ReadyTag = "ready";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _signal = new(0);

    public void Signal() => _signal.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            return;
        }

        await WaitUntilReadyAsync(stoppingToken).ConfigureAwait(false);
        var backoff = TimeSpan.Zero;
        var pruned = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimed = await outbox.ClaimAsync(4, Lease, stoppingToken).ConfigureAwait(false);
                foreach (var item in claimed)
                {
                    await ProcessAsync(item, stoppingToken).ConfigureAwait(false);
                }

                if (time.GetUtcNow() - pruned > TimeSpan.FromHours(1))
                {
                    await outbox.PruneAsync(KeepDone, stoppingToken).ConfigureAwait(false);
                    pruned = time.GetUtcNow();
                }

                backoff = TimeSpan.Zero;
                if (claimed.Count == 0)
                {
                    await WaitAsync(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                backoff = backoff == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                throttled.Log(logger, LogLevel.Error, "slack-outbox:" + ex.GetType().Name, ex, "The Slack outbox cannot be worked: {Reason}; retrying in {Seconds} s", ex.Message, (int)backoff.TotalSeconds);
                await Task.Delay(backoff, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        var started = time.GetUtcNow();
        while (!ct.IsCancellationRequested && time.GetUtcNow() - started < ReadinessWait)
        {
            var report = await health.CheckHealthAsync(c => c.Tags.Contains(ReadyTag), ct).ConfigureAwait(false);
            if (report.Status != HealthStatus.Unhealthy)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), time, ct).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }

        logger.LogWarning("The bot is not ready after {Seconds} s; working the Slack outbox anyway", (int)ReadinessWait.TotalSeconds);
    }

    private async Task ProcessAsync(OutboxItem item, CancellationToken ct)
    {
        if (item.Attempts > MaxAttempts)
        {
            logger.LogError("Giving up on Slack work {Id} after {Attempts} attempts", item.Id, item.Attempts - 1);
            await outbox.CompleteAsync(item.Id, ct).ConfigureAwait(false);
            return;
        }

        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewal = RenewAsync(item.Id, renewing.Token);
        try
        {
            var work = JsonSerializer.Deserialize<SlackWork>(item.Payload, Json)
                ?? throw new JsonException("the outbox item holds no Slack work");
            await adapter.ProcessAsync(work, new OutboxEffects(outbox, item.Id), ct).ConfigureAwait(false);
            await StopAsync(renewing, renewal).ConfigureAwait(false);
            await outbox.CompleteAsync(item.Id, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            await StopAsync(renewing, renewal).ConfigureAwait(false);
            if (item.Attempts >= MaxAttempts)
            {
                logger.LogError(ex, "Giving up on Slack work {Id} after {Attempts} attempts", item.Id, item.Attempts);
                await outbox.CompleteAsync(item.Id, ct).ConfigureAwait(false);
                return;
            }

            throttled.Log(logger, LogLevel.Warning, "slack-work:" + ex.GetType().Name, null, "Slack work {Id} failed ({Reason}); retrying", item.Id, ex.Message);
            await outbox.RetryLaterAsync(item.Id, ex.Message, TimeSpan.FromSeconds(Math.Pow(2, item.Attempts)), ct).ConfigureAwait(false);
        }
    }

    private async Task RenewAsync(string id, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Lease / 3, time, ct).ConfigureAwait(false);
                await outbox.ExtendLeaseAsync(id, Lease, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The work finished.
        }
        catch (Exception ex)
        {
            throttled.Log(logger, LogLevel.Warning, "slack-lease:" + ex.GetType().Name, null, "Could not renew the claim on Slack work {Id}: {Reason}", id, ex.Message);
        }
    }

    private static async Task StopAsync(CancellationTokenSource renewing, Task renewal)
    {
        await renewing.CancelAsync().ConfigureAwait(false);
        await renewal.ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }

    private Task WaitAsync(TimeSpan timeout, CancellationToken ct) =>
        _signal.WaitAsync(timeout, ct).ContinueWith(_ => { }, TaskScheduler.Default);
}
