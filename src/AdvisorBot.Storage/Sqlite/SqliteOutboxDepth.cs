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
            return database.RunAsync(async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM outbox WHERE done_at IS NULL";
                return Convert.ToInt64(await command.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            }, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is SqliteException or AdvisorBot.Core.State.StateStoreUnavailableException)
        {
            return null;
        }
    }
}
