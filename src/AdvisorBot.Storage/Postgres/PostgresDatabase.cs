using System.Net.Sockets;
using AdvisorBot.Core.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AdvisorBot.Storage.Postgres;

/// <summary>
/// The PostgreSQL database behind every store when State:Provider is Postgres: one pooled
/// <see cref="NpgsqlDataSource"/> for the process. A connection that cannot be opened is retried (nothing was sent);
/// work that is safe to repeat is retried after a transient failure too, with a short backoff. A failure that waiting
/// will not cure (credentials refused, no such database, read-only, disk full, server unreachable after the retries)
/// becomes a <see cref="StateStoreUnavailableException"/> naming the database, never the password.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];
    private readonly NpgsqlDataSource _source;
    private readonly TimeProvider _time;
    private readonly ILogger<PostgresDatabase> _logger;
    private PostgresFailure? _lastFailure;

    public PostgresDatabase(IOptions<StateOptions> options, TimeProvider time, ILogger<PostgresDatabase> logger)
    {
        _time = time;
        _logger = logger;
        var connectionString = options.Value.ConnectionString;
        Description = PostgresConnectionString.Describe(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "AdvisorBot";
        }

        _source = new NpgsqlDataSourceBuilder(builder.ConnectionString).Build();
    }

    /// <summary>The database as messages name it: "advisorbot on db:5432".</summary>
    public string Description { get; }

    /// <summary>The last failure that retrying could not cure, if any since start-up.</summary>
    public PostgresFailure? LastFailure => Volatile.Read(ref _lastFailure);

    /// <summary>
    /// Runs <paramref name="work"/> on a pooled connection. <paramref name="repeatable"/>: the work may run again
    /// after a transient failure that may have happened after it was sent (its effect is the same done twice).
    /// </summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, bool repeatable, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var opened = false;
            try
            {
                await using var connection = await _source.OpenConnectionAsync(ct).ConfigureAwait(false);
                opened = true;
                return await work(connection).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is NpgsqlException && !ct.IsCancellationRequested)
            {
                var npgsql = (NpgsqlException)ex;
                if (Incurable(npgsql) is { } incurable)
                {
                    throw Unavailable(incurable, npgsql);
                }

                var transient = npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException;
                if (!transient || (opened && !repeatable))
                {
                    throw;
                }

                if (attempt >= Backoff.Length)
                {
                    throw Unavailable($"the server cannot be reached ({Shorten(npgsql.Message)})", npgsql);
                }

                _logger.LogDebug("PostgreSQL call failed ({Reason}); retrying", npgsql.Message);
                await Task.Delay(Backoff[attempt], _time, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>What a PostgreSQL error means for the store, when it is one that waiting will not fix.</summary>
    public static string? Incurable(NpgsqlException ex) => ex is PostgresException pg
        ? pg.SqlState switch
        {
            "28P01" or "28000" => $"the server refused the credentials ({pg.SqlState}: {Shorten(pg.MessageText)})",
            "3D000" => $"the database does not exist ({pg.SqlState}: {Shorten(pg.MessageText)})",
            "42501" => $"the user may not use it ({pg.SqlState}: {Shorten(pg.MessageText)})",
            "25006" => $"it is read-only ({pg.SqlState}: {Shorten(pg.MessageText)})",
            "53100" => $"the server's disk is full ({pg.SqlState})",
            "XX001" or "XX002" => $"it is damaged ({pg.SqlState}: {Shorten(pg.MessageText)})",
            "42P01" => $"its tables are missing ({pg.SqlState}: {Shorten(pg.MessageText)})",
            _ => null,
        }
        : null;

    private StateStoreUnavailableException Unavailable(string reason, NpgsqlException ex)
    {
        Volatile.Write(ref _lastFailure, new PostgresFailure(reason, (ex as PostgresException)?.SqlState, _time.GetUtcNow()));
        return new StateStoreUnavailableException(Description, reason, ex, StateStoreUnavailableException.DatabaseKind);
    }

    private static string Shorten(string message) => message.TrimEnd('.');

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}

/// <summary>A failure of the PostgreSQL store that retrying could not cure: what it is, its SQLSTATE, when.</summary>
public sealed record PostgresFailure(string Reason, string? SqlState, DateTimeOffset At);
