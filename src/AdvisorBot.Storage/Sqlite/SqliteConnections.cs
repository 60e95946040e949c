using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>Connections to the state file for the tables that live beside the state table.</summary>
internal static class SqliteConnections
{
    public static SqliteConnection Open(this SqliteStateStore store)
    {
        var connection = new SqliteConnection(store.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Runs DDL (CREATE TABLE IF NOT EXISTS …) once, when a table's owner is built.</summary>
    public static void EnsureSchema(this SqliteStateStore store, string sql)
    {
        using var connection = store.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
