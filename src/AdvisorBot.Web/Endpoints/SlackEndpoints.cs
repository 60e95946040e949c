using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdvisorBot.Channels.BotFramework.Auth;
using AdvisorBot.Channels.Slack;
using AdvisorBot.Core.Outbox;
using AdvisorBot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Endpoints;

/// <summary>
/// Slack's Events API, slash commands and interactivity. Every request is verified (v0 signature, five-minute
/// window), written to the durable outbox under its delivery id (so Slack's retries are processed once), and
/// acknowledged at once; the work runs in the background (<see cref="SlackOutboxProcessor"/>).
/// </summary>
internal static class SlackEndpoints
{
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/slack/events", (HttpRequest r, SlackIntake intake, CancellationToken ct) => intake.HandleAsync(r, SlackIntake.Events, ct));
        app.MapPost("/api/slack/commands", (HttpRequest r, SlackIntake intake, CancellationToken ct) => intake.HandleAsync(r, SlackIntake.Commands, ct));
        app.MapPost("/api/slack/interactivity", (HttpRequest r, SlackIntake intake, CancellationToken ct) => intake.HandleAsync(r, SlackIntake.Interactivity, ct));
        return app;
    }
}

internal sealed class SlackIntake(IOptions<SlackOptions> options, IOptions<BotFrameworkOptions> limits, IOutbox outbox, SlackOutboxProcessor processor, TimeProvider time, ILogger<SlackIntake> logger)
{
    public const string Events = "events";
    public const string Commands = "commands";
    public const string Interactivity = "interactivity";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IResult> HandleAsync(HttpRequest request, string endpoint, CancellationToken ct)
    {
        if (!options.Value.IsConfigured)
        {
            return Results.NotFound();
        }

        var body = await RequestBody.ReadAsync(request, limits.Value.MaxRequestBodyBytes, ct);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var raw = body.Value.ToArray();
        var form = endpoint == Events ? null : Form(raw);
        if (form?.GetValueOrDefault("ssl_check") == "1")
        {
            return Results.Ok();
        }

        if (SlackSignature.Check(options.Value.SigningSecret, request.Headers["X-Slack-Request-Timestamp"], request.Headers["X-Slack-Signature"], raw, time.GetUtcNow()) is { } problem)
        {
            logger.LogWarning("Refused a Slack request: {Reason}", problem);
            return Results.Json(new { ok = false, error = "invalid_signature" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        (string Id, SlackWork Work)? accepted;
        switch (endpoint)
        {
            case Events:
                if (SlackRequests.ParseJson(raw) is not { } envelope)
                {
                    return Results.BadRequest(new { ok = false, error = "invalid_json" });
                }

                if (envelope["type"]?.GetValue<string>() == "url_verification")
                {
                    return Results.Json(new { challenge = envelope["challenge"]?.GetValue<string>() });
                }

                accepted = SlackRequests.FromEvent(envelope);
                break;
            case Commands:
                accepted = SlackRequests.FromCommand(form!);
                break;
            default:
                accepted = form!.TryGetValue("payload", out var payload) && SlackRequests.ParseJson(Encoding.UTF8.GetBytes(payload)) is { } interaction
                    ? SlackRequests.FromInteraction(interaction)
                    : null;
                break;
        }

        if (accepted is { } work)
        {
            var fresh = await outbox.EnqueueAsync(work.Id, work.Work.Kind, JsonSerializer.Serialize(work.Work, Json), ct);
            if (fresh)
            {
                processor.Signal();
            }
            else
            {
                logger.LogInformation("Ignored a repeated Slack delivery {Id} (retry {Retry})", work.Id, request.Headers["X-Slack-Retry-Num"].ToString());
            }
        }

        return Results.Ok();
    }

    private static Dictionary<string, string> Form(byte[] raw) =>
        Encoding.UTF8.GetString(raw).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .GroupBy(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')))
            .ToDictionary(g => g.Key, g => g.Last().Length > 1 ? Uri.UnescapeDataString(g.Last()[1].Replace('+', ' ')) : string.Empty);
}
