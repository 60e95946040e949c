using AdvisorBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Storage.Tests.Contracts;

/// <summary>The SQLite stores on a real file in a fresh temp folder.</summary>
public sealed class SqliteBackend : IStoreBackend
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "advisorbot-store-tests", Guid.NewGuid().ToString("N"));

    public StoreSet Open(TimeProvider time)
    {
        var database = new SqliteDatabase(Options.Create(new StateOptions { DataPath = Folder }), time);
        var state = new SqliteStateStore(database, time);
        return new StoreSet(state, new SqliteAppendLog(database, state), new SqliteOutbox(database, state, time),
            new SqliteActivityDeduplicator(database, state, time), new SqliteDirectLineStore(database, state, time));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
