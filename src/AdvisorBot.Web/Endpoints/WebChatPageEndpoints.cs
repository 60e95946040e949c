using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.DirectLine;

namespace AdvisorBot.Web.Endpoints;

/// <summary>
/// The page at /: Bot Framework Web Chat (webchat.js from the botframework-webchat npm package, fetched at build
/// time) on this bot's Direct Line endpoint. On in local mode; with a Direct Line secret only when DirectLine:PageEnabled.
/// </summary>
internal static class WebChatPageEndpoints
{
    public const string Folder = "webchat";

    private static readonly Dictionary<string, string> Files = new(StringComparer.Ordinal)
    {
        ["webchat.js"] = "text/javascript; charset=utf-8",
        ["page.js"] = "text/javascript; charset=utf-8",
        ["page.css"] = "text/css; charset=utf-8",
    };

    public static IEndpointRouteBuilder MapWebChatPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (DirectLineAccess access) => access.IsPageEnabled
            ? File("index.html", "text/html; charset=utf-8")
            : Results.Text("AdvisorBot is running. The Web Chat page is off: set DirectLine:PageEnabled=true (with DirectLine:Secret) to serve it.", statusCode: 404));
        app.MapGet($"/{Folder}/{{file}}", (string file, DirectLineAccess access) =>
            access.IsPageEnabled && Files.TryGetValue(file, out var type) ? File(file, type) : Results.NotFound());
        app.MapPost($"/{Folder}/token", StartAsync);
        return app;
    }

    /// <summary>A token for a new conversation. Local mode honours the page's user id; otherwise every visitor is a new user.</summary>
    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineAccess access, DirectLineTokens tokens, CancellationToken ct)
    {
        if (!access.IsPageEnabled)
        {
            return Results.NotFound();
        }

        var user = await DirectLineEndpoints.ReadUserAsync(request, ct);
        if (user.Problem is not null)
        {
            return DirectLineEndpoints.Problem(400, "BadArgument", user.Problem);
        }

        var userId = access.IsOpen ? user.Id! : DirectLineConversations.NewId("dl_");
        var conversationId = DirectLineConversations.NewId("c");
        return Results.Json(new DirectLineConversation(conversationId, tokens.Mint(conversationId, userId), tokens.LifetimeSeconds, null), BotJson.Options);
    }

    private static IResult File(string name, string contentType)
    {
        var path = Path.Combine(AppContext.BaseDirectory, Folder, name);
        return System.IO.File.Exists(path)
            ? Results.File(path, contentType)
            : Results.Problem($"{Folder}/{name} is missing from the build output; rebuild the project (the build fetches Web Chat with npm).", statusCode: 503);
    }
}
