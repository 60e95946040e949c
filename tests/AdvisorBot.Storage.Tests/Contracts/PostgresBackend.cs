using AdvisorBot.Storage.Postgres;
using AdvisorBot.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Storage.Tests.Contracts;

/// <summary>The PostgreSQL stores in a fresh schema of the test server; each <see cref="Open"/> has its own pool, as an instance would.</summary>
public sealed class PostgresBackend : IStoreBackend
{
    private readonly Lazy<TestSchema> _schema = new(() => new TestSchema());
    private readonly List<PostgresDatabase> _opened = [];

    public TestSchema Schema => _schema.Value;

    public StoreSet Open(TimeProvider time)
    {
        var database = Database(Schema.ConnectionString, time);
        var state = new PostgresStateStore(database, time, NullLogger<PostgresStateStore>.Instance);
        return new StoreSet(state, new PostgresAppendLog(database, state), new PostgresOutbox(database, state, time),
            new PostgresActivityDeduplicator(database, state, time), new PostgresDirectLineStore(database, state, time));
    }

    /// <summary>A database object for any connection string, closed with the backend.</summary>
    public PostgresDatabase Database(string connectionString, TimeProvider time)
    {
        var database = new PostgresDatabase(
            Options.Create(new StateOptions { Provider = StateOptions.Postgres, ConnectionString = connectionString }), time, NullLogger<PostgresDatabase>.Instance);
        lock (_opened)
        {
            _opened.Add(database);
        }

        return database;
    }

    public void Dispose()
    {
        foreach (var database in _opened)
        {
            database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        if (_schema.IsValueCreated)
        {
            _schema.Value.Dispose();
        }
    }
}
