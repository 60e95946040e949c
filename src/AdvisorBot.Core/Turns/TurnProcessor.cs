using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Core.Turns;

/// <summary>
/// The bot as every channel sees it: remembers the conversation, routes the activity, and is the turn's error
/// boundary — a failure is logged in full and the user is told, in plain words, that something went wrong.
/// </summary>
public sealed class TurnProcessor(
    ActivityRouter router, ConversationReferenceStore conversations, ILogger<TurnProcessor> logger) : IBot
{
    public const string ApologyText = "Sorry, something went wrong on my side while handling that. Please try again in a moment.";

    public async Task OnTurnAsync(TurnContext turn, CancellationToken ct)
    {
        try
        {
            await conversations.RememberAsync(turn, ct).ConfigureAwait(false);
            await router.RouteAsync(turn, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "Turn failed: {Type} in conversation {ConversationId}", turn.Activity.Type, turn.Activity.Conversation?.Id);
            await ApologizeAsync(turn, ct).ConfigureAwait(false);
        }
    }

    private static async Task ApologizeAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            turn.InvokeResponse = new InvokeResponse(500, new
            {
                statusCode = 500,
                type = "application/vnd.microsoft.error",
                value = new { code = "InternalError", message = ApologyText },
            });
            return;
        }

        if (turn.Activity.IsType(ActivityTypes.Message))
        {
            await turn.SendActivityAsync(ApologyText, ct).ConfigureAwait(false);
        }
    }
}
