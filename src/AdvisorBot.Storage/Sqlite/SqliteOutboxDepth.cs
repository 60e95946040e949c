using AdvisorBot.Channels.Outbox;
using Microsoft.Data.Sqlite;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>The outbox depth gauge's reading from the state file: items accepted and not yet done.</summary>
public sealed class SqliteOutboxDepth(SqliteDatabase database) : IOutboxDepth
{
    public long? Pending()
    {
        try
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM outbox WHERE done_at IS NULL";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return null;
        }
    }
}
