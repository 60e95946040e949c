using System.Net;
using AdvisorBot.Channels.BotFramework.Auth;
using AdvisorBot.Channels.Telemetry;
using AdvisorBot.Channels.BotFramework.Connector;
using AdvisorBot.Channels.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace AdvisorBot.Channels.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    private static readonly HashSet<HttpStatusCode> RetriedStatuses =
    [
        HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout,
    ];

    /// <summary>The Bot Framework channel: options, inbound auth, the Connector client and the adapter.</summary>
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>()
            .Configure(options => Bind(options, configuration))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ThrottledLog>();
        services.AddBotTelemetry();

        services.AddHttpClient(nameof(BotAuthenticator), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("connector", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
                var telemetry = context.ServiceProvider.GetRequiredService<BotTelemetry>();
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, options.ConnectorMaxRetries),
                    ShouldHandle = args => ValueTask.FromResult(
                        options.ConnectorMaxRetries > 0
                        && args.Outcome.Result is { } response && RetriedStatuses.Contains(response.StatusCode)),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(500),
                    MaxDelay = TimeSpan.FromSeconds(10),
                    ShouldRetryAfterHeader = true,
                    OnRetry = args =>
                    {
                        telemetry.OutboundRetried("connector", (int?)args.Outcome.Result?.StatusCode);
                        return default;
                    },
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
        services.AddTransient<BotFrameworkAdapter>();
        return services;
    }

    private static void Bind(BotFrameworkOptions options, IConfiguration configuration)
    {
        configuration.GetSection(BotFrameworkOptions.SectionName).Bind(options);
        options.MicrosoftAppId = configuration["MicrosoftAppId"] ?? options.MicrosoftAppId;
        options.MicrosoftAppPassword = configuration["MicrosoftAppPassword"] ?? options.MicrosoftAppPassword;
        options.MicrosoftAppType = configuration["MicrosoftAppType"] is { Length: > 0 } type ? type : options.MicrosoftAppType;
        options.MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"] ?? options.MicrosoftAppTenantId;
    }
}
