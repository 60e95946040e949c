using AdvisorBot.Channels.BotFramework;
using AdvisorBot.Channels.DirectLine;
using AdvisorBot.Channels.Outbox;
using AdvisorBot.Core.State;
using AdvisorBot.Storage.Postgres;
using AdvisorBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// The state, append-only log, outbox, Direct Line and de-duplication stores and the readiness check: one SQLite
    /// file in the data folder (State:Provider=Sqlite, the default), or a PostgreSQL database shared by several
    /// instances (State:Provider=Postgres with ConnectionStrings:State). The provider is checked at start-up.
    /// </summary>
    public static IServiceCollection AddAdvisorBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StateOptions>()
            .Bind(configuration.GetSection(StateOptions.SectionName))
            .PostConfigure(o => o.ConnectionString = configuration.GetConnectionString(StateOptions.ConnectionStringName) ?? string.Empty)
            .Validate(o => o.IsSqlite || o.IsPostgres, $"State:Provider must be \"{StateOptions.Sqlite}\" (the default: a file in State:DataPath) or \"{StateOptions.Postgres}\" (ConnectionStrings:State).")
            .Validate(o => !o.IsSqlite || !string.IsNullOrWhiteSpace(o.DataPath), "State:DataPath must name a folder.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StateOptions>, PostgresSettingsValidation>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<SqliteStateStore>();
        services.AddSingleton<SqliteOutbox>();
        services.AddSingleton<SqliteDirectLineStore>();
        services.AddSingleton<SqliteActivityDeduplicator>();
        services.AddSingleton<SqliteAppendLog>();
        services.AddSingleton<SqliteOutboxDepth>();

        services.AddSingleton<PostgresDatabase>();
        services.AddSingleton<PostgresStateStore>();
        services.AddSingleton<PostgresOutbox>();
        services.AddSingleton<PostgresDirectLineStore>();
        services.AddSingleton<PostgresActivityDeduplicator>();
        services.AddSingleton<PostgresAppendLog>();
        services.AddSingleton<PostgresOutboxDepth>();

        services.AddSingleton<IStateStore>(sp => Pick<IStateStore, SqliteStateStore, PostgresStateStore>(sp));
        services.AddSingleton<IAppendLog>(sp => Pick<IAppendLog, SqliteAppendLog, PostgresAppendLog>(sp));
        services.AddSingleton<IOutbox>(sp => Pick<IOutbox, SqliteOutbox, PostgresOutbox>(sp));
        services.AddSingleton<IOutboxDepth>(sp => Pick<IOutboxDepth, SqliteOutboxDepth, PostgresOutboxDepth>(sp));
        services.AddSingleton<IDirectLineStore>(sp => Pick<IDirectLineStore, SqliteDirectLineStore, PostgresDirectLineStore>(sp));
        services.AddSingleton<IActivityDeduplicator>(sp => Pick<IActivityDeduplicator, SqliteActivityDeduplicator, PostgresActivityDeduplicator>(sp));
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "state-store",
            sp => Pick<IHealthCheck, StateStoreHealthCheck, PostgresHealthCheck>(sp, ActivatorUtilities.CreateInstance<StateStoreHealthCheck>, ActivatorUtilities.CreateInstance<PostgresHealthCheck>),
            failureStatus: null,
            tags: [ReadyTag]));
        return services;
    }

    /// <summary>The store of the configured provider (reading the options validates them, with their messages).</summary>
    private static TService Pick<TService, TSqlite, TPostgres>(IServiceProvider sp)
        where TSqlite : class, TService
        where TPostgres : class, TService =>
        Pick<TService, TSqlite, TPostgres>(sp, (p, _) => p.GetRequiredService<TSqlite>(), (p, _) => p.GetRequiredService<TPostgres>());

    private static TService Pick<TService, TSqlite, TPostgres>(
        IServiceProvider sp, Func<IServiceProvider, object[], TSqlite> sqlite, Func<IServiceProvider, object[], TPostgres> postgres)
        where TSqlite : class, TService
        where TPostgres : class, TService =>
        sp.GetRequiredService<IOptions<StateOptions>>().Value.IsPostgres ? postgres(sp, []) : sqlite(sp, []);

    /// <summary>Says what is wrong with ConnectionStrings:State when the provider is PostgreSQL.</summary>
    private sealed class PostgresSettingsValidation : IValidateOptions<StateOptions>
    {
        public ValidateOptionsResult Validate(string? name, StateOptions options) =>
            options.IsPostgres && PostgresConnectionString.Problem(options.ConnectionString) is { } problem
                ? ValidateOptionsResult.Fail(problem)
                : ValidateOptionsResult.Success;
    }
}
