using AdvisorBot.Channels.DirectLine;
using AdvisorBot.Channels.BotFramework;
using AdvisorBot.Channels.Outbox;
using AdvisorBot.Core.State;
using AdvisorBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdvisorBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>The state, outbox and de-duplication stores (one SQLite file in the data folder) and the readiness check.</summary>
    public static IServiceCollection AddAdvisorBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StateOptions>()
            .Bind(configuration.GetSection(StateOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataPath), "State:DataPath must name a folder.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<SqliteStateStore>();
        services.AddSingleton<IStateStore>(sp => sp.GetRequiredService<SqliteStateStore>());
        services.AddSingleton<IOutbox, SqliteOutbox>();
        services.AddSingleton<IOutboxDepth, SqliteOutboxDepth>();
        services.AddSingleton<IDirectLineStore, SqliteDirectLineStore>();
        services.AddSingleton<IActivityDeduplicator, SqliteActivityDeduplicator>();
        services.AddHealthChecks().AddCheck<StateStoreHealthCheck>("state-store", tags: [ReadyTag]);
        return services;
    }
}
