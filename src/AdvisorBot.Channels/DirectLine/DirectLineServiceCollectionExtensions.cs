using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdvisorBot.Channels.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>Direct Line 3.0 for Web Chat: options, tokens, access, conversations and streams (the store comes from Storage).</summary>
    public static IServiceCollection AddDirectLineChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .Validate(o => o.TokenLifetimeSeconds is >= 60 and <= 86400, "DirectLine:TokenLifetimeSeconds must be between 60 and 86400.")
            .Validate(o => o.RetentionHours >= 1, "DirectLine:RetentionHours must be at least 1.")
            .Validate(o => o.MaxActivityBytes >= 1024, "DirectLine:MaxActivityBytes must be at least 1024.")
            .Validate(o => o.MaxActivitiesPerSet >= 1, "DirectLine:MaxActivitiesPerSet must be at least 1.")
            .Validate(o => o.AllowedOrigins.All(a => Uri.TryCreate(a, UriKind.Absolute, out _)), "DirectLine:AllowedOrigins must be absolute origins such as https://example.com.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton<DirectLineSignals>();
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineSocket>();
        return services;
    }
}
