using System.Globalization;
using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Auth;
using AdvisorBot.Channels.BotFramework.Connector;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Json;
using AdvisorBot.Channels.Logging;
using AdvisorBot.Channels.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Channels.BotFramework;

/// <summary>
/// Turns one POST to /api/messages into one turn: authenticate, parse, check, skip a redelivery, run the bot,
/// answer. A rejected request runs nothing and calls nothing outside.
/// </summary>
public sealed class BotFrameworkAdapter(
    BotAuthenticator authenticator,
    ConnectorClient connector,
    ServiceUrlTrust trust,
    IActivityDeduplicator deduplicator,
    IBot bot,
    IOptions<BotFrameworkOptions> options,
    ThrottledLog throttled,
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

        if (Parse(body.Span, out var problem) is not { } activity)
        {
            return Error(400, "BadArgument", problem!);
        }

        var identity = auth.Identity!;
        if (BotAuthenticator.CheckActivity(identity, activity) is { } authProblem)
        {
            logger.LogWarning("Refused an activity from channel {ChannelId}: {Reason}", activity.ChannelId, authProblem);
            return Error(401, "Unauthorized", "The request's token does not cover this activity.");
        }

        if ((ActivityValidator.Problem(activity) ?? LocalModeProblem(activity)) is { } invalid)
        {
            return Error(400, "BadArgument", invalid);
        }

        if (!ActivityValidator.IsKnownType(activity))
        {
            logger.LogDebug("Ignored an activity of unknown type {Type}", activity.Type);
            return BotResponse.Ok;
        }

        if (!await IsFirstDeliveryAsync(activity, ct).ConfigureAwait(false))
        {
            logger.LogInformation("Ignored a redelivery of activity {ActivityId} in conversation {ConversationId}", activity.Id, activity.Conversation?.Id);
            return Redelivered(activity);
        }

        var vouched = VouchesForServiceUrl(identity, activity);
        if (vouched)
        {
            trust.Trust(activity.ServiceUrl!);
        }

        return await RunTurnAsync(activity, vouched, ct).ConfigureAwait(false);
    }

    private static Activity? Parse(ReadOnlySpan<byte> body, out string? problem)
    {
        problem = JsonText.Problem(body) is { } text ? $"The body is not a valid activity: {text}" : null;
        if (problem is not null)
        {
            return null;
        }

        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
            problem = activity is null ? "The body is not a valid activity: it is empty or null." : null;
            return activity;
        }
        catch (JsonException ex)
        {
            problem = $"The body is not a valid activity: {ex.Message}";
            return null;
        }
    }

    /// <summary>
    /// Which activities may steer the bot's token: a channel token vouches for the serviceUrl its claim names (checked
    /// above); an Entra/Emulator token names none, so only a configured Bot Connector host is trusted; local mode, never.
    /// </summary>
    private bool VouchesForServiceUrl(BotIdentity identity, Activity activity) => identity.Kind switch
    {
        BotTokenKind.Channel => activity.ServiceUrl is not null,
        BotTokenKind.Entra => ConnectorHosts.IsKnown(activity.ServiceUrl, options.Value.ConnectorHosts),
        _ => false,
    };

    /// <summary>In local mode the bot answers only a client on this machine, or in the HTTP response.</summary>
    private string? LocalModeProblem(Activity activity) =>
        authenticator.IsLocalMode && !ExpectsReplies(activity) && activity.ServiceUrl is { } serviceUrl
        && (!SecureUrl.TryParse(serviceUrl, out var uri) || !SecureUrl.IsLoopback(uri))
            ? "In local mode (no MicrosoftAppId) the bot replies only to loopback service URLs; use a loopback 'serviceUrl' or deliveryMode 'expectReplies'."
            : null;

    /// <summary>
    /// What names one delivery of an activity: its channel, conversation and id, led by the time the channel stamped it
    /// with when it has one. A redelivery is the same request again, so it carries the same stamp (Teams' retries of a
    /// request that timed out repeat both its id and its timestamp); and keys that lead
    /// with the time sort in the order activities arrive, so each new record lands beside the last one in the store's
    /// index rather than on a page of its own (which halves what recording a delivery costs a busy bot).
    /// </summary>
    internal static string DeliveryKey(Activity activity) => activity.Timestamp is { } stamped
        ? string.Create(CultureInfo.InvariantCulture, $"{stamped.UtcTicks:D19}|{activity.ChannelId}|{activity.Conversation!.Id}|{activity.Id}")
        : $"{activity.ChannelId}|{activity.Conversation!.Id}|{activity.Id}";

    private async Task<bool> IsFirstDeliveryAsync(Activity activity, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        try
        {
            return await deduplicator.FirstDeliveryAsync(DeliveryKey(activity), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The turn itself will meet the same storage failure and say so; a redelivery check must not hide it.
            throttled.Log(logger, LogLevel.Warning, "dedupe:" + ex.GetType().Name, null, "Could not check for a redelivered activity: {Reason}", ex.Message);
            return true;
        }
    }

    private async Task<BotResponse> RunTurnAsync(Activity activity, bool vouched, CancellationToken ct)
    {
        var buffer = ExpectsReplies(activity) ? new BufferedTransport() : null;
        var turn = new TurnContext(activity, buffer ?? (ITurnTransport)new ConnectorTransport(connector))
        {
            ServiceUrlVouched = vouched,
        };

        try
        {
            await bot.OnTurnAsync(turn, ct).ConfigureAwait(false);
        }
        catch (TurnDeliveryException ex)
        {
            // The turn ran; its reply did not reach the channel. Answering 5xx would only make the channel send it again.
            throttled.Log(logger, LogLevel.Warning, "delivery:" + activity.ServiceUrl, null,
                "A reply in conversation {ConversationId} was not delivered: {Reason}", activity.Conversation?.Id, ex.InnerException?.Message ?? ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throttled.Log(logger, LogLevel.Error, "turn:" + ex.GetType().FullName, ex, "A turn failed in conversation {ConversationId}", activity.Conversation?.Id);
            return Error(500, "InternalError", "The bot could not process this activity.");
        }

        if (activity.IsType(ActivityTypes.Invoke))
        {
            return turn.InvokeResponse is { } invoke
                ? new BotResponse(invoke.Status, invoke.Body)
                : Error(400, "NotSupported", $"The bot does not handle the invoke '{activity.Name}'.");
        }

        return buffer is null ? BotResponse.Ok : new BotResponse(200, new ExpectedReplies(buffer.Activities));
    }

    private static bool ExpectsReplies(Activity activity) =>
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    /// <summary>A redelivery gets what a processed activity gets, with nothing new in it.</summary>
    private static BotResponse Redelivered(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke)
            ? new BotResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "Already handled." })
            : ExpectsReplies(activity) ? new BotResponse(200, new ExpectedReplies([])) : BotResponse.Ok;

    private static BotResponse Error(int status, string code, string message) =>
        new(status, ErrorResponse.Of(code, message));
}
