using AdvisorBot.Channels.Outbox;
using Npgsql;

namespace AdvisorBot.Storage.Postgres;

/// <summary>The outbox depth gauge's reading from the shared database: items accepted and not yet done, on every instance.</summary>
public sealed class PostgresOutboxDepth(PostgresDatabase database) : IOutboxDepth
{
    public long? Pending()
    {
        try
        {
            return database.RunAsync(async connection =>
            {
                await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM outbox WHERE done_at IS NULL", connection);
                return Convert.ToInt64(await command.ExecuteScalarAsync().ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            }, repeatable: true, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is NpgsqlException or AdvisorBot.Core.State.StateStoreUnavailableException or TimeoutException)
        {
            return null;
        }
    }
}
