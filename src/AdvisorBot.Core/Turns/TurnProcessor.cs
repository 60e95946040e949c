using AdvisorBot.Channels.BotFramework.Schema;
using System.Diagnostics;
using AdvisorBot.Channels.Logging;
using AdvisorBot.Channels.Telemetry;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.State;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Core.Turns;

/// <summary>
/// The bot as every channel sees it: remembers the conversation while it routes the activity, and is the turn's error
/// boundary — a failure is logged (repeats throttled) and the user is told, in plain words, what went wrong: a
/// passing fault ("try again"), or storage that cannot work until someone fixes it. A reply that cannot be
/// delivered is left to the channel adapter: an apology could not be delivered either. Each turn is one span and
/// counts in the turn metrics (<see cref="BotTelemetry"/>), a failed one also as an error.
/// </summary>
public sealed class TurnProcessor(
    ActivityRouter router, ConversationReferenceStore conversations, ThrottledLog throttled, BotTelemetry telemetry, ILogger<TurnProcessor> logger) : IBot
{
    public const string ApologyText = "Sorry, something went wrong on my side while handling that. Please try again in a moment.";

    public const string StorageDownText =
        "Sorry, I can't read or save conversations right now: my storage is unavailable. Trying again won't help until an administrator fixes it.";

    public async Task OnTurnAsync(TurnContext turn, CancellationToken ct)
    {
        var kind = BotTelemetry.KindOf(turn.Activity.Type);
        var channel = BotTelemetry.ChannelOf(turn.Activity.ChannelId);
        using var span = BotTelemetry.Source.StartActivity($"turn {kind}");
        span?.SetTag("advisorbot.turn.kind", kind);
        span?.SetTag("advisorbot.channel", channel);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await TurnAsync(turn, kind, channel, span, ct).ConfigureAwait(false);
        }
        finally
        {
            telemetry.TurnCompleted(kind, channel, Stopwatch.GetElapsedTime(started));
        }
    }

    private async Task TurnAsync(TurnContext turn, string kind, string channel, System.Diagnostics.Activity? span, CancellationToken ct)
    {
        try
        {
            // The reference is written beside the turn, not before it: its write joins the queue ahead of the turn's
            // own, so both usually share one commit and the turn waits once. A turn still ends only once it is stored.
            var remembered = RememberAsync(turn, ct);
            try
            {
                await router.RouteAsync(turn, ct).ConfigureAwait(false);
            }
            finally
            {
                await remembered.ConfigureAwait(false);
            }
        }
        catch (TurnDeliveryException ex)
        {
            telemetry.TurnFailed(kind, channel, "delivery");
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        catch (StateStoreUnavailableException ex)
        {
            telemetry.TurnFailed(kind, channel, "storage");
            span?.SetStatus(ActivityStatusCode.Error, "storage unavailable");
            throttled.Log(logger, LogLevel.Error, "storage:" + ex.Reason, ex, "Turn failed: the state store is unavailable: {Reason} ({File})", ex.Reason, ex.File);
            await ApologizeAsync(turn, StorageDownText, 503, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            telemetry.TurnFailed(kind, channel, ex.GetType().Name);
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throttled.Log(logger, LogLevel.Error, "turn:" + ex.GetType().FullName + ex.TargetSite?.Name, ex,
                "Turn failed: {Type} in conversation {ConversationId}", turn.Activity.Type, turn.Activity.Conversation?.Id);
            await ApologizeAsync(turn, ApologyText, 500, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Stores the conversation's reference (for proactive posts). Its failure is logged, not told: the turn itself
    /// may have been recorded, and an apology after it would invite the user to send the same answer again. The
    /// reference is tried again on the next turn; a turn that needs the store meets the failure itself and says so.
    /// </summary>
    private async Task RememberAsync(TurnContext turn, CancellationToken ct)
    {
        try
        {
            await conversations.RememberAsync(turn, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throttled.Log(logger, LogLevel.Warning, "reference:" + ex.GetType().Name, null,
                "Could not store the reference of conversation {ConversationId}: {Reason}", turn.Activity.Conversation?.Id, ex.Message);
        }
    }

    private static async Task ApologizeAsync(TurnContext turn, string text, int status, CancellationToken ct)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            // The invoke's own answer (its status rides inside the body); the HTTP response itself is 200.
            turn.InvokeResponse = new InvokeResponse(200, new
            {
                statusCode = status,
                type = "application/vnd.microsoft.error",
                value = new { code = status == 503 ? "ServiceUnavailable" : "InternalError", message = text },
            });
            return;
        }

        if (turn.Activity.IsType(ActivityTypes.Message))
        {
            await turn.SendActivityAsync(text, ct).ConfigureAwait(false);
        }
    }
}
