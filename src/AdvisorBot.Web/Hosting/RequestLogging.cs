using System.Diagnostics;

namespace AdvisorBot.Web.Hosting;

/// <summary>
/// One Information line per request — method, path (never the query string, which may carry a token), status and
/// time — in place of ASP.NET Core's own request lines, which print the full URL and are switched off in
/// <see cref="AdvisorBotHostingExtensions"/>.
/// </summary>
internal static partial class RequestLogging
{
    public const string Category = "AdvisorBot.Requests";

    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            await next(context);
            if (logger.IsEnabled(LogLevel.Information))
            {
                Answered(logger, context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} answered {Status} in {Ms:0.0} ms")]
    private static partial void Answered(ILogger logger, string method, string? path, int status, double ms);
}
