using AdvisorBot.Channels.DirectLine;
using AdvisorBot.Core.Outbox;
using AdvisorBot.Core.State;
using AdvisorBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AdvisorBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>The state store (SQLite in the data folder) and its readiness check.</summary>
    public static IServiceCollection AddAdvisorBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StateOptions>()
            .Bind(configuration.GetSection(StateOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataPath), "State:DataPath must name a folder.")
            .ValidateOnStart();
        services.AddSingleton<SqliteStateStore>();
        services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<SqliteStateStore>());
        services.AddSingleton<IOutbox, SqliteOutbox>();
        services.AddSingleton<IDirectLineStore, SqliteDirectLineStore>();
        services.AddHealthChecks().AddCheck<StateStoreHealthCheck>("state-store", tags: [ReadyTag]);
        return services;
    }
}
