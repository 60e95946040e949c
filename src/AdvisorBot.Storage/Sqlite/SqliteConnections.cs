using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>Connections to the state file for the tables that live beside the state table.</summary>
internal static class SqliteConnections
{
    /// <summary>A connection with the state file's pragmas (synchronous, busy timeout), as every store's.</summary>
    public static SqliteConnection Open(this SqliteDatabase database) => database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs DDL (CREATE TABLE IF NOT EXISTS …) once, when a table's owner is built.</summary>
    public static void EnsureSchema(this SqliteDatabase store, string sql)
    {
        using var connection = store.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
