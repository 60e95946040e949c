using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdvisorBot.Channels.BotFramework.Auth;
using AdvisorBot.Channels.BotFramework.Connector;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Slack;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.Summaries;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Endpoints;

/// <summary>
/// For pipelines and meeting tools, behind an API key: post a conversation's design-review digest to that stored
/// conversation, to a Teams Workflows webhook or to a Slack incoming webhook; fetch the latest decision as an ADR.
/// </summary>
internal static class DigestEndpoints
{
    public const string WebhookClient = "Webhooks";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record DigestRequest(string? ChannelId, string? ConversationId, string? Target, string? WebhookUrl);

    public static IEndpointRouteBuilder MapDigestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/digest", PostDigestAsync);
        app.MapGet("/api/decisions/adr", GetAdrAsync);
        return app;
    }

    private static async Task<IResult> PostDigestAsync(
        HttpRequest http, IOptions<DigestOptions> options, SummaryHandler summaries, ConversationReferenceStore conversations,
        ConnectorClient connector, ServiceUrlTrust trust, IHttpClientFactory httpFactory, ILoggerFactory loggers, CancellationToken ct)
    {
        if (Unauthorized(http, options.Value) is { } refused)
        {
            return refused;
        }

        DigestRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<DigestRequest>(http.Body, Json, ct);
        }
        catch (JsonException ex)
        {
            return Problem(400, $"The body is not valid JSON: {ex.Message}");
        }

        if (request is not { ChannelId.Length: > 0, ConversationId.Length: > 0 })
        {
            return Problem(400, "Name the conversation: 'channelId' and 'conversationId'.");
        }

        var logger = loggers.CreateLogger("AdvisorBot.Digest");
        switch (request.Target ?? "conversation")
        {
            case "conversation":
                var stored = await conversations.FindAsync(request.ChannelId, request.ConversationId, ct);
                if (stored?.Reference.ServiceUrl is not { } serviceUrl)
                {
                    return Problem(404, "The bot has no record of that conversation.");
                }

                if (stored.VouchedByToken)
                {
                    trust.Trust(serviceUrl);
                }

                var host = CardHosts.For(request.ChannelId, CardOptions.AutoMode);
                var activity = await summaries.DigestAsync(request.ChannelId, request.ConversationId, host, null, ct);
                activity.From = stored.Reference.Bot;
                activity.Conversation = new ConversationAccount { Id = TurnContext.RootConversationId(request.ConversationId) };
                try
                {
                    await connector.SendToConversationAsync(serviceUrl, TurnContext.RootConversationId(request.ConversationId), activity, ct);
                }
                catch (Exception ex) when (ex is ConnectorException or UntrustedServiceUrlException or HttpRequestException)
                {
                    logger.LogWarning("Posting a digest to {ChannelId} failed: {Reason}", request.ChannelId, ex.Message);
                    return Problem(502, "The channel did not accept the digest.");
                }

                return Results.Accepted(value: new { posted = "conversation" });
            case "teamsWebhook" or "slackWebhook":
            {
                if (!SecureUrl.TryParse(request.WebhookUrl, out var url) || !SecureUrl.IsAllowed(url))
                {
                    return Problem(400, "'webhookUrl' must be an https URL.");
                }

                var card = await summaries.DigestAsync(request.ChannelId, request.ConversationId, CardHost.WebChat, null, ct);
                var content = card.Attachments![0].Content!.Value;
                JsonNode payload = request.Target == "teamsWebhook"
                    ? WorkflowsPayload(content)
                    : BlockKitRenderer.Render(JsonNode.Parse(content.GetRawText())!.AsObject(), "Design-review digest");
                using var post = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json");
                var response = await httpFactory.CreateClient(WebhookClient).PostAsync(url, post, ct);
                if (!response.IsSuccessStatusCode)
                {
                    logger.LogWarning("The {Target} answered {Status}", request.Target, (int)response.StatusCode);
                    return Problem(502, $"The webhook answered {(int)response.StatusCode}.");
                }

                return Results.Accepted(value: new { posted = request.Target });
            }

            default:
                return Problem(400, "'target' must be conversation, teamsWebhook or slackWebhook.");
        }
    }

    private static async Task<IResult> GetAdrAsync(HttpRequest http, IOptions<DigestOptions> options, SummaryHandler summaries, string channelId, string conversationId, CancellationToken ct)
    {
        if (Unauthorized(http, options.Value) is { } refused)
        {
            return refused;
        }

        var adr = await summaries.LatestAdrAsync(channelId, conversationId, ct);
        return adr is null ? Problem(404, "No decision has been finished in that conversation.") : Results.Text(adr, "text/markdown; charset=utf-8");
    }

    /// <summary>The Teams Workflows "When a Teams webhook request is received" payload: actions removed, they have no bot to reach.</summary>
    private static JsonObject WorkflowsPayload(JsonElement card)
    {
        var content = JsonNode.Parse(card.GetRawText())!.AsObject();
        content.Remove("actions");
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject
            {
                ["contentType"] = Attachment.AdaptiveCardContentType,
                ["contentUrl"] = null,
                ["content"] = content,
            }),
        };
    }

    private static IResult? Unauthorized(HttpRequest http, DigestOptions options)
    {
        if (options.ApiKey.Length == 0)
        {
            return Problem(404, "The digest API is off: set Digest:ApiKey to turn it on.");
        }

        var given = Encoding.UTF8.GetBytes(http.Headers["X-Api-Key"].ToString());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(options.ApiKey))
            ? null
            : Problem(401, "Missing or wrong X-Api-Key.");
    }

    private static IResult Problem(int status, string message) =>
        Results.Json(ErrorResponse.Of(status switch { 400 => "BadArgument", 401 => "Unauthorized", 404 => "NotFound", _ => "BadGateway" }, message), BotJson.Options, statusCode: status);
}
