using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Logging;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.State;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Core.Turns;

/// <summary>
/// The bot as every channel sees it: remembers the conversation, routes the activity, and is the turn's error
/// boundary — a failure is logged (repeats throttled) and the user is told, in plain words, what went wrong: a
/// passing fault ("try again"), or storage that cannot work until someone fixes it. A reply that cannot be
/// delivered is left to the channel adapter: an apology could not be delivered either.
/// </summary>
public sealed class TurnProcessor(
    ActivityRouter router, ConversationReferenceStore conversations, ThrottledLog throttled, ILogger<TurnProcessor> logger) : IBot
{
    public const string ApologyText = "Sorry, something went wrong on my side while handling that. Please try again in a moment.";

    public const string StorageDownText =
        "Sorry, I can't read or save conversations right now: my storage is unavailable. Trying again won't help until an administrator fixes it.";

    public async Task OnTurnAsync(TurnContext turn, CancellationToken ct)
    {
        try
        {
            await conversations.RememberAsync(turn, ct).ConfigureAwait(false);
            await router.RouteAsync(turn, ct).ConfigureAwait(false);
        }
        catch (TurnDeliveryException)
        {
            throw;
        }
        catch (StateStoreUnavailableException ex)
        {
            throttled.Log(logger, LogLevel.Error, "storage:" + ex.Reason, ex, "Turn failed: the state store is unavailable: {Reason} ({File})", ex.Reason, ex.File);
            await ApologizeAsync(turn, StorageDownText, 503, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throttled.Log(logger, LogLevel.Error, "turn:" + ex.GetType().FullName + ex.TargetSite?.Name, ex,
                "Turn failed: {Type} in conversation {ConversationId}", turn.Activity.Type, turn.Activity.Conversation?.Id);
            await ApologizeAsync(turn, ApologyText, 500, ct).ConfigureAwait(false);
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
