using System.Globalization;
using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.DirectLine;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Endpoints;

/// <summary>
/// Direct Line 3.0 at /v3/directline, the protocol of Web Chat and botframework-directlinejs: HTTP checks and
/// access here, the conversations in <see cref="DirectLineConversations"/>.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string Route = "/v3/directline";
    public const string CorsPolicy = "directline";

    public static IEndpointRouteBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Route).RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", ReadAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostAsync);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.StreamAsync);
        return app;
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineAccess access, DirectLineTokens tokens, CancellationToken ct)
    {
        var auth = access.Check(request.Headers.Authorization);
        if (auth.Caller is not { Token: null })
        {
            return auth.Caller is null ? Refused(auth) : Problem(403, "Forbidden", "A token cannot mint another: use /tokens/refresh.");
        }

        var user = await ReadUserAsync(request, ct);
        if (user.Problem is not null)
        {
            return Problem(400, "BadArgument", user.Problem);
        }

        var conversationId = DirectLineConversations.NewId("c");
        return Results.Json(new DirectLineConversation(conversationId, tokens.Mint(conversationId, user.Id!), tokens.LifetimeSeconds, null), BotJson.Options);
    }

    private static IResult Refresh(HttpRequest request, DirectLineAccess access, DirectLineTokens tokens)
    {
        var auth = access.Check(request.Headers.Authorization);
        if (auth.Caller?.Token is not { } claims)
        {
            return auth.Caller is null ? Refused(auth) : Problem(403, "Forbidden", "Only a token can be refreshed.");
        }

        return Results.Json(new DirectLineConversation(claims.ConversationId, tokens.Mint(claims.ConversationId, claims.UserId), tokens.LifetimeSeconds, null), BotJson.Options);
    }

    private static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineAccess access, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken ct)
    {
        var auth = access.Check(request.Headers.Authorization);
        if (auth.Caller is not { } caller)
        {
            return Refused(auth);
        }

        var user = await ReadUserAsync(request, ct);
        if (user.Problem is not null)
        {
            return Problem(400, "BadArgument", user.Problem);
        }

        var conversationId = caller.Token?.ConversationId ?? DirectLineConversations.NewId("c");
        var account = new ChannelAccount { Id = caller.Token?.UserId ?? user.Id, Name = user.Name };
        var created = await conversations.StartAsync(conversationId, account, ServiceUrl(request), ct);
        var token = tokens.Mint(conversationId, account.Id!);
        var body = new DirectLineConversation(conversationId, token, tokens.LifetimeSeconds, StreamUrl(request, conversationId, token, null));
        return Results.Json(body, BotJson.Options, statusCode: created ? 201 : 200);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, HttpRequest request, DirectLineAccess access, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken ct)
    {
        var (caller, refusal) = await CheckConversationAsync(conversationId, request, access, conversations, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!TryWatermark(request, out var watermark))
        {
            return BadWatermark();
        }

        var token = tokens.Mint(conversationId, caller!.Token?.UserId ?? "directline");
        return Results.Json(new DirectLineConversation(conversationId, token, tokens.LifetimeSeconds, StreamUrl(request, conversationId, token, watermark)), BotJson.Options);
    }

    private static async Task<IResult> ReadAsync(
        string conversationId, HttpRequest request, DirectLineAccess access, DirectLineConversations conversations, CancellationToken ct)
    {
        var (_, refusal) = await CheckConversationAsync(conversationId, request, access, conversations, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        return TryWatermark(request, out var watermark)
            ? Results.Json(await conversations.ReadAsync(conversationId, watermark, ct), BotJson.Options)
            : BadWatermark();
    }

    private static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, DirectLineAccess access, DirectLineConversations conversations, IOptions<DirectLineOptions> options, CancellationToken ct)
    {
        var (caller, refusal) = await CheckConversationAsync(conversationId, request, access, conversations, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var limit = options.Value.MaxActivityBytes;
        var body = await RequestBody.ReadAsync(request, limit, ct);
        if (body is null)
        {
            return Problem(413, "PayloadTooLarge", $"The activity is larger than {limit} bytes.");
        }

        var (activity, problem) = DirectLineActivity.Parse(body.Value.Span, caller!.Token?.UserId);
        if (activity is null)
        {
            return Problem(400, "BadArgument", problem!);
        }

        var id = await conversations.PostAsync(conversationId, activity, ServiceUrl(request), ct);
        return Results.Json(new ResourceResponse(id), BotJson.Options);
    }

    /// <summary>The caller, or the response refusing them: bad credentials, someone else's conversation, or none at all.</summary>
    internal static async Task<(DirectLineCaller? Caller, IResult? Refusal)> CheckConversationAsync(
        string conversationId, HttpRequest request, DirectLineAccess access, DirectLineConversations conversations, CancellationToken ct)
    {
        var auth = access.Check(request.Headers.Authorization);
        if (auth.Caller is not { } caller)
        {
            return (null, Refused(auth));
        }

        if (!caller.MayUse(conversationId))
        {
            return (null, Problem(403, "Forbidden", "The token is for another conversation."));
        }

        return await conversations.ExistsAsync(conversationId, ct)
            ? (caller, null)
            : (null, Problem(404, "NotFound", "No such conversation (it may have ended or expired)."));
    }

    internal static bool TryWatermark(HttpRequest request, out long watermark)
    {
        var text = request.Query["watermark"].ToString();
        watermark = 0;
        return text.Length == 0 || (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }

    internal static IResult BadWatermark() => Problem(400, "BadArgument", "The watermark is not one this server gave out.");

    internal static IResult Problem(int status, string code, string message) =>
        Results.Json(ErrorResponse.Of(code, message), BotJson.Options, statusCode: status);

    private static IResult Refused(DirectLineAuthorization auth) =>
        Problem(auth.Status, auth.Status switch { 401 => "Unauthorized", 404 => "NotFound", _ => "Forbidden" }, auth.Reason!);

    private static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{Route}";

    private static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark) =>
        $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{Route}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}"
        + (watermark is { } w ? $"&watermark={w.ToString(CultureInfo.InvariantCulture)}" : string.Empty);

    internal static async Task<(string? Id, string? Name, string? Problem)> ReadUserAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await RequestBody.ReadAsync(request, 16 * 1024, ct);
        if (body is null)
        {
            return (null, null, "The body is larger than 16384 bytes.");
        }

        TokenParameters? parameters = null;
        if (body.Value.Length > 0)
        {
            try
            {
                parameters = JsonSerializer.Deserialize<TokenParameters>(body.Value.Span, BotJson.Options);
            }
            catch (JsonException ex)
            {
                return (null, null, $"The body is not valid token parameters: {ex.Message}");
            }
        }

        var id = parameters?.User?.Id;
        return id is { Length: > 128 }
            ? (null, null, "user.id is longer than 128 characters.")
            : (string.IsNullOrWhiteSpace(id) ? DirectLineConversations.NewId("dl_") : id, parameters?.User?.Name, null);
    }
}
