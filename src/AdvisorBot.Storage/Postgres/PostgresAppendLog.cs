using AdvisorBot.Core.State;
using Npgsql;

namespace AdvisorBot.Storage.Postgres;

/// <summary>
/// <see cref="IAppendLog"/> on PostgreSQL: an append is one statement, the INSERT (ON CONFLICT DO NOTHING, for an
/// entry id the list already holds) and the DELETE of that kind's entries past the newest ones kept. Not repeated
/// after a failure mid-statement, which could record an entry twice.
/// </summary>
public sealed class PostgresAppendLog : IAppendLog
{
    private readonly PostgresDatabase _database;

    public PostgresAppendLog(PostgresDatabase database, PostgresStateStore store)
    {
        _ = store; // migrated the schema at start-up
        _database = database;
    }

    public Task<bool> AppendAsync(string key, string kind, string? entryId, string json, int keep, CancellationToken ct) => _database.RunAsync(async connection =>
    {
        // The DELETE sees the list as it was before the INSERT: the newest keep - 1 older entries stay beside the new one.
        await using var command = new NpgsqlCommand("""
            WITH added AS (
                INSERT INTO append_log (list_key, kind, entry_id, json) VALUES (@key, @kind, @id, @json)
                ON CONFLICT DO NOTHING RETURNING seq),
            trimmed AS (
                DELETE FROM append_log
                WHERE list_key = @key AND kind = @kind AND EXISTS (SELECT 1 FROM added) AND seq <= (
                    SELECT seq FROM append_log WHERE list_key = @key AND kind = @kind ORDER BY seq DESC OFFSET @older LIMIT 1))
            SELECT count(*)::int FROM added
            """, connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.Add(new NpgsqlParameter<string?>("id", NpgsqlTypes.NpgsqlDbType.Text) { TypedValue = entryId });
        command.Parameters.AddWithValue("json", json);
        command.Parameters.AddWithValue("older", Math.Max(keep - 1, 0));
        return (int)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))! == 1;
    }, repeatable: entryId is not null, ct);

    public Task<IReadOnlyList<AppendLogEntry>> ReadAsync(string key, CancellationToken ct) => _database.RunAsync<IReadOnlyList<AppendLogEntry>>(async connection =>
    {
        await using var command = new NpgsqlCommand("SELECT kind, json FROM append_log WHERE list_key = @key ORDER BY seq", connection);
        command.Parameters.AddWithValue("key", key);
        var entries = new List<AppendLogEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            entries.Add(new AppendLogEntry(reader.GetString(0), reader.GetString(1)));
        }

        return entries;
    }, repeatable: true, ct);
}
