using AdvisorBot.Channels.BotFramework.Auth;
using AdvisorBot.Channels.Slack;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Endpoints;

/// <summary>Slack's three request URLs: HTTP checks here (configured, body size); verifying and queueing in <see cref="SlackIntake"/>.</summary>
internal static class SlackEndpoints
{
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/slack/events", (HttpRequest r, SlackIntake intake, IOptions<BotFrameworkOptions> limits, CancellationToken ct) => HandleAsync(r, SlackIntake.Events, intake, limits.Value, ct));
        app.MapPost("/api/slack/commands", (HttpRequest r, SlackIntake intake, IOptions<BotFrameworkOptions> limits, CancellationToken ct) => HandleAsync(r, SlackIntake.Commands, intake, limits.Value, ct));
        app.MapPost("/api/slack/interactivity", (HttpRequest r, SlackIntake intake, IOptions<BotFrameworkOptions> limits, CancellationToken ct) => HandleAsync(r, SlackIntake.Interactivity, intake, limits.Value, ct));
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, string endpoint, SlackIntake intake, BotFrameworkOptions limits, CancellationToken ct)
    {
        if (!intake.IsConfigured)
        {
            return Results.NotFound();
        }

        var body = await RequestBody.ReadAsync(request, limits.MaxRequestBodyBytes, ct);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var response = await intake.HandleAsync(endpoint, body.Value.ToArray(), request.Headers["X-Slack-Request-Timestamp"],
            request.Headers["X-Slack-Signature"], request.Headers["X-Slack-Retry-Num"], ct);
        return response.Body is null ? Results.StatusCode(response.Status) : Results.Json(response.Body, statusCode: response.Status);
    }
}
