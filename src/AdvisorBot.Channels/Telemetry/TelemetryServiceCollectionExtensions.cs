using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdvisorBot.Channels.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The bot's meter and activity source, once however many modules ask for them.</summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<BotTelemetry>();
        return services;
    }
}
