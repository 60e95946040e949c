using System.Text.Json;
using AdvisorBot.Channels.BotFramework;
using AdvisorBot.Channels.BotFramework.Auth;
using AdvisorBot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Endpoints;

internal static class MessagesEndpoints
{
    public const string Route = "/api/messages";

    /// <summary>POST /api/messages: the Bot Framework channel. HTTP checks here; everything else in the adapter.</summary>
    public static IEndpointRouteBuilder MapMessagesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, HandleAsync);
        app.MapMethods(Route, ["GET", "PUT", "DELETE", "PATCH"], () => Results.StatusCode(StatusCodes.Status405MethodNotAllowed));
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request, BotFrameworkAdapter adapter, IOptions<BotFrameworkOptions> options, CancellationToken ct)
    {
        if (!IsJson(request.ContentType))
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Send the activity as application/json.");
        }

        var body = await RequestBody.ReadAsync(request, options.Value.MaxRequestBodyBytes, ct);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The body is larger than {options.Value.MaxRequestBodyBytes} bytes.");
        }

        var response = await adapter.ProcessAsync(body.Value, request.Headers.Authorization.ToString(), ct);
        return response.Body is null
            ? Results.StatusCode(response.Status)
            : Results.Json(response.Body, BotJson.Options, statusCode: response.Status);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    private static IResult Problem(int status, string code, string message) =>
        Results.Json(ErrorResponse.Of(code, message), BotJson.Options, statusCode: status);
}
