using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Auth;
using AdvisorBot.Channels.BotFramework.Connector;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Channels.BotFramework;

/// <summary>
/// Turns one POST to /api/messages into one turn: authenticate, parse, check, run the bot, answer.
/// A rejected request runs nothing and calls nothing outside.
/// </summary>
public sealed class BotFrameworkAdapter(
    BotAuthenticator authenticator,
    ConnectorClient connector,
    ServiceUrlTrust trust,
    IBot bot,
    ILogger<BotFrameworkAdapter> logger)
{
    public async Task<BotResponse> ProcessAsync(ReadOnlyMemory<byte> body, string? authorization, CancellationToken ct)
    {
        var auth = await authenticator.AuthenticateAsync(authorization, ct).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Refused an activity: {Reason}", auth.Failure);
            return Error(401, "Unauthorized", "The request's token is missing or invalid.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.Span, BotJson.Options);
        }
        catch (JsonException ex)
        {
            return Error(400, "BadArgument", $"The body is not a valid activity: {ex.Message}");
        }

        if (activity is null)
        {
            return Error(400, "BadArgument", "The body is not a valid activity: it is empty or null.");
        }

        var identity = auth.Identity!;
        if (BotAuthenticator.CheckActivity(identity, activity) is { } authProblem)
        {
            logger.LogWarning("Refused an activity from channel {ChannelId}: {Reason}", activity.ChannelId, authProblem);
            return Error(401, "Unauthorized", "The request's token does not cover this activity.");
        }

        if (ActivityValidator.Problem(activity) is { } problem)
        {
            return Error(400, "BadArgument", problem);
        }

        if (!ActivityValidator.IsKnownType(activity))
        {
            logger.LogDebug("Ignored an activity of unknown type {Type}", activity.Type);
            return BotResponse.Ok;
        }

        if (identity.Kind != BotTokenKind.None && activity.ServiceUrl is { } serviceUrl)
        {
            trust.Trust(serviceUrl);
        }

        return await RunTurnAsync(activity, identity.Kind != BotTokenKind.None || authenticator.IsLocalMode, ct).ConfigureAwait(false);
    }

    private async Task<BotResponse> RunTurnAsync(Activity activity, bool authenticated, CancellationToken ct)
    {
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        var buffer = expectReplies ? new BufferedTransport() : null;
        var turn = new TurnContext(activity, buffer ?? (ITurnTransport)new ConnectorTransport(connector))
        {
            IsAuthenticated = authenticated,
        };

        try
        {
            await bot.OnTurnAsync(turn, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "A turn failed in conversation {ConversationId}", activity.Conversation?.Id);
            return Error(500, "InternalError", "The bot could not process this activity.");
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            return turn.InvokeResponse is { } invoke
                ? new BotResponse(invoke.Status, invoke.Body)
                : new BotResponse(501);
        }

        return buffer is null ? BotResponse.Ok : new BotResponse(200, new ExpectedReplies(buffer.Activities));
    }

    private static BotResponse Error(int status, string code, string message) =>
        new(status, ErrorResponse.Of(code, message));
}
