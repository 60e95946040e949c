using System.Net;
using AdvisorBot.Channels.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AdvisorBot.Channels.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>The Slack channel: options, the Web API client (429s retried after Retry-After), the intake, the outbox worker and the adapter.</summary>
    public static IServiceCollection AddSlackChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.SectionName))
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var uri) && BotFramework.Auth.SecureUrl.IsAllowed(uri), "Slack:ApiBaseUrl must be an https URL (plain http only for loopback).")
            .ValidateOnStart();
        services.AddHttpClient<SlackApiClient>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("slack", (pipeline, context) =>
            {
                var telemetry = context.ServiceProvider.GetRequiredService<BotTelemetry>();
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 3,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromSeconds(1),
                    MaxDelay = TimeSpan.FromSeconds(30),
                    ShouldRetryAfterHeader = true,
                    OnRetry = args =>
                    {
                        telemetry.OutboundRetried("slack", (int?)args.Outcome.Result?.StatusCode);
                        return default;
                    },
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        services.AddBotTelemetry();
        services.AddSingleton<SlackAdapter>();
        services.AddSingleton<SlackOutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackOutboxWorker>());
        services.AddSingleton<SlackIntake>();
        return services;
    }
}
