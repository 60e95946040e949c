using AdvisorBot.Channels.BotFramework;
using AdvisorBot.Channels.Outbox;
using AdvisorBot.Core.State;
using AdvisorBot.Channels.BotFramework.Auth;
using AdvisorBot.Channels.DirectLine;
using AdvisorBot.Channels.Slack;
using AdvisorBot.Core;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Knowledge;
using AdvisorBot.Storage;
using AdvisorBot.Web.Endpoints;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Hosting;

internal static class AdvisorBotHostingExtensions
{
    /// <summary>Every module's services, each from its own project.</summary>
    public static WebApplicationBuilder AddAdvisorBot(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // ASP.NET Core's request lines carry the query string (tokens travel there); our own request line does not.
        // The health check service logs every unhealthy poll as an error, "still indexing" included; the checks
        // log their own changes of state instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None);
        builder.Services
            .AddBotFrameworkChannel(configuration)
            .AddDirectLineChannel(configuration)
            .AddAdvisorBotCore(configuration)
            .AddAdvisorBotStorage(configuration)
            .AddAdvisorBotKnowledge(configuration, Path.Combine(configuration["State:DataPath"] ?? "./data", "index"));
        builder.Services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.SectionName));
        builder.Services.AddHttpClient(DigestEndpoints.WebhookClient, c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSlackChannel(configuration);
        builder.AddAdvisorBotTelemetry();
        builder.Services.AddCors(cors => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
            .WithOrigins(configuration.GetSection($"{DirectLineOptions.SectionName}:{nameof(DirectLineOptions.AllowedOrigins)}").Get<string[]>() ?? [])
            .WithHeaders("authorization", "content-type", "x-ms-bot-agent")
            .WithMethods("GET", "POST")));
        return builder;
    }

    /// <summary>
    /// Opens the state store now (the SQLite file, or the PostgreSQL database with its schema migrated), so a
    /// read-only, damaged or unreachable one stops start-up naming it and the cause.
    /// </summary>
    private static void OpenStorage(WebApplication app)
    {
        try
        {
            _ = app.Services.GetRequiredService<IStateStore>();
            _ = app.Services.GetRequiredService<IAppendLog>();
            _ = app.Services.GetRequiredService<IDirectLineStore>();
            _ = app.Services.GetRequiredService<IOutbox>();
            _ = app.Services.GetRequiredService<IActivityDeduplicator>();
        }
        catch (StateStoreUnavailableException ex)
        {
            app.Logger.LogCritical("Cannot start: {Reason}", ex.Message);
            throw;
        }
    }

    /// <summary>Loads the data files (failing start-up on a broken one), reports the mode, maps the endpoints.</summary>
    public static WebApplication MapAdvisorBot(this WebApplication app)
    {
        OpenStorage(app);
        _ = app.Services.GetRequiredService<CardLibrary>();
        var decisions = app.Services.GetRequiredService<DecisionCatalog>();
        app.Logger.LogInformation("Loaded {Count} decisions: {Ids}", decisions.All.Count, string.Join(", ", decisions.All.Select(d => d.Id)));
        var bot = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (bot.IsLocalMode)
        {
            app.Logger.LogWarning(
                "LOCAL MODE: MicrosoftAppId is not set, so inbound requests are NOT authenticated and replies carry no token. " +
                "Replies go only to loopback service URLs (Emulator, Agents Playground). Set MicrosoftAppId and MicrosoftAppPassword before exposing this bot.");
        }
        else
        {
            app.Logger.LogInformation("Bot Framework authentication on for app {AppId} ({AppType})", bot.MicrosoftAppId, bot.MicrosoftAppType);
        }

        var directLine = app.Services.GetRequiredService<DirectLineAccess>();
        if (directLine.IsPageEnabled)
        {
            app.Logger.LogInformation("Web Chat: open / in a browser (Direct Line 3.0 at /v3/directline)");
        }

        app.UseWebSockets();
        app.UseCors();
        app.UseRequestLogging();
        app.MapMessagesEndpoints();
        app.MapDirectLineEndpoints();
        app.MapWebChatPage();
        app.MapHealthEndpoints();
        app.MapDigestEndpoints();
        app.MapSlackEndpoints();
        return app;
    }
}
