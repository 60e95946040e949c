using AdvisorBot.Channels.DirectLine;

namespace AdvisorBot.Web.Endpoints;

/// <summary>GET /v3/directline/conversations/{id}/stream?t=&amp;watermark=: the WebSocket a streamUrl points at.</summary>
internal static class DirectLineStreamEndpoint
{
    public static async Task<IResult> StreamAsync(
        string conversationId, HttpContext context, DirectLineAccess access, DirectLineConversations conversations, DirectLineSocket stream)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineEndpoints.Problem(400, "BadArgument", "The stream is a WebSocket: connect with ws:// or wss://.");
        }

        if (!access.CheckStream(context.Request.Query["t"], conversationId))
        {
            return DirectLineEndpoints.Problem(403, "Forbidden", "The stream URL's token is invalid, expired or for another conversation.");
        }

        if (!await conversations.ExistsAsync(conversationId, context.RequestAborted))
        {
            return DirectLineEndpoints.Problem(404, "NotFound", "No such conversation (it may have ended or expired).");
        }

        if (!DirectLineEndpoints.TryWatermark(context.Request, out var watermark))
        {
            return DirectLineEndpoints.BadWatermark();
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await stream.RunAsync(socket, conversationId, watermark, context.RequestAborted);
        return Results.Empty;
    }
}
