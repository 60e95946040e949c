using AdvisorBot.Core.State;

namespace AdvisorBot.Storage.Sqlite;

/// <summary>
/// <see cref="IAppendLog"/> as a table of the state file: an append is one INSERT (OR IGNORE, for an entry id the
/// list already holds) and a DELETE of that kind's entries past the newest ones kept, under one write.
/// </summary>
public sealed class SqliteAppendLog : IAppendLog
{
    private readonly SqliteDatabase _database;

    public SqliteAppendLog(SqliteDatabase database, SqliteStateStore store)
    {
        _ = store; // opened (and checked) the state file and created every table first
        _database = database;
    }

    public Task<bool> AppendAsync(string key, string kind, string? entryId, string json, int keep, CancellationToken ct) => _database.WriteAsync(async connection =>
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO append_log (list_key, kind, entry_id, json) VALUES ($key, $kind, $id, $json) RETURNING seq";
        insert.Parameters.AddWithValue("$key", key);
        insert.Parameters.AddWithValue("$kind", kind);
        insert.Parameters.AddWithValue("$id", (object?)entryId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$json", json);
        if (await insert.ExecuteScalarAsync(ct).ConfigureAwait(false) is null)
        {
            return false;
        }

        await using var trim = connection.CreateCommand();
        trim.CommandText = """
            DELETE FROM append_log WHERE list_key = $key AND kind = $kind AND seq <= (
                SELECT seq FROM append_log WHERE list_key = $key AND kind = $kind ORDER BY seq DESC LIMIT 1 OFFSET $keep)
            """;
        trim.Parameters.AddWithValue("$key", key);
        trim.Parameters.AddWithValue("$kind", kind);
        trim.Parameters.AddWithValue("$keep", keep);
        await trim.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return true;
    }, ct);

    public Task<IReadOnlyList<AppendLogEntry>> ReadAsync(string key, CancellationToken ct) => _database.RunAsync<IReadOnlyList<AppendLogEntry>>(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, json FROM append_log WHERE list_key = $key ORDER BY seq";
        command.Parameters.AddWithValue("$key", key);
        var entries = new List<AppendLogEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            entries.Add(new AppendLogEntry(reader.GetString(0), reader.GetString(1)));
        }

        return entries;
    }, ct);
}
