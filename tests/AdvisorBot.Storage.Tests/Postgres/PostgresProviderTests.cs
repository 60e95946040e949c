using System.Net;
using System.Net.Sockets;
using AdvisorBot.Core.State;
using AdvisorBot.Storage.Postgres;
using AdvisorBot.Storage.Tests.Contracts;
using AdvisorBot.TestSupport;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AdvisorBot.Storage.Tests.Postgres;

/// <summary>What only the PostgreSQL provider does: its schema versions, its retries, its failures named plainly.</summary>
public sealed class PostgresProviderTests : IDisposable
{
    private readonly PostgresBackend _backend = new();
    private readonly CancellationToken _ct = CancellationToken.None;

    public void Dispose() => _backend.Dispose();

    [PostgresFact]
    public async Task InstancesStartingTogetherOnAnEmptySchema_AllStart_AndTheSchemaIsMigratedOnce()
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var starting = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return _backend.Open(TimeProvider.System);
        })).ToList();
        start.SetResult();
        var instances = await Task.WhenAll(starting);

        // Each migration recorded once (version is the table's key; a second run of one would have failed the start).
        Assert.Equal((long)PostgresSchema.Version, _backend.Schema.Scalar("SELECT count(*) FROM advisorbot_schema"));
        Assert.Equal(PostgresSchema.Version, (int)_backend.Schema.Scalar("SELECT max(version) FROM advisorbot_schema")!);
        var etag = await instances[0].State.WriteAsync("k", "1", null, _ct);
        Assert.Equal(etag, (await instances[3].State.ReadAsync("k", _ct))!.ETag);
    }

    [PostgresFact]
    public async Task ReadsAndWrites_RetryPastConnectionsTheServerDropped()
    {
        var connection = new NpgsqlConnectionStringBuilder(_backend.Schema.ConnectionString) { ApplicationName = "retry-" + _backend.Schema.Name }.ConnectionString;
        var database = _backend.Database(connection, TimeProvider.System);
        var store = new PostgresStateStore(database, TimeProvider.System, NullLogger<PostgresStateStore>.Instance);
        var etag = await store.WriteAsync("k", "1", null, _ct);

        // The server ends every connection of this pool (a restart or failover looks the same to the client).
        Assert.True((long)_backend.Schema.Scalar($"SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'retry-{_backend.Schema.Name}') t")! > 0);

        Assert.Equal("1", (await store.ReadAsync("k", _ct))!.Json);
        var next = await store.WriteAsync("k", "2", etag, _ct);
        Assert.Equal(new StateEntry("k", "2", next), await store.ReadAsync("k", _ct));
    }

    [PostgresFact]
    public void WrongPassword_StopsStartUp_NamingTheDatabaseAndTheCause_NotThePassword()
    {
        var connection = new NpgsqlConnectionStringBuilder(_backend.Schema.ConnectionString) { Password = "not-the-password-x7" }.ConnectionString;

        var error = Assert.Throws<StateStoreUnavailableException>(() => new PostgresStateStore(_backend.Database(connection, TimeProvider.System), TimeProvider.System, NullLogger<PostgresStateStore>.Instance));

        Assert.Contains("refused the credentials", error.Reason, StringComparison.Ordinal);
        Assert.Contains(new NpgsqlConnectionStringBuilder(connection).Host!, error.File, StringComparison.Ordinal);
        Assert.StartsWith("The state database ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password-x7", error.ToString(), StringComparison.Ordinal);
    }

    [PostgresFact]
    public void NoServerListening_StopsStartUp_SayingItCannotBeReached()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var connection = new NpgsqlConnectionStringBuilder(_backend.Schema.ConnectionString) { Port = port, Timeout = 2 }.ConnectionString;

        var error = Assert.Throws<StateStoreUnavailableException>(() => new PostgresStateStore(_backend.Database(connection, TimeProvider.System), TimeProvider.System, NullLogger<PostgresStateStore>.Instance));

        Assert.Contains("cannot be reached", error.Reason, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}", error.File, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task TablesGoneAtRunTime_TheProbeAndTheHealthCheckSayTheStoreCannotBeUsed()
    {
        var database = _backend.Database(_backend.Schema.ConnectionString, TimeProvider.System);
        var store = new PostgresStateStore(database, TimeProvider.System, NullLogger<PostgresStateStore>.Instance);
        var check = new PostgresHealthCheck(store, database, NullLogger<PostgresHealthCheck>.Instance);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext(), _ct)).Status);

        _backend.Schema.Scalar($"DROP SCHEMA {_backend.Schema.Name} CASCADE; CREATE SCHEMA {_backend.Schema.Name}");

        var error = await Assert.ThrowsAsync<StateStoreUnavailableException>(() => store.ReadAsync("k", _ct));
        var health = await check.CheckHealthAsync(new HealthCheckContext(), _ct);
        Assert.Contains("tables are missing", error.Reason, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains("tables are missing", health.Description, StringComparison.Ordinal);
        Assert.NotNull(database.LastFailure);
    }

    [Theory]
    [InlineData("", "must be set")]
    [InlineData("Host=db;Nonsense Key=1", "not a PostgreSQL connection string")]
    [InlineData("Database=advisorbot;Username=u", "must name the server")]
    public void ConnectionStringProblems_AreSaidPlainly(string connectionString, string expected)
    {
        Assert.Contains(expected, PostgresConnectionString.Problem(connectionString), StringComparison.Ordinal);
    }

    [Fact]
    public void TheStoreIsDescribed_WithoutItsPassword()
    {
        var described = PostgresConnectionString.Describe("Host=db.internal;Port=6432;Database=bot;Username=u;Password=s3cret;Search Path=tenant1");

        Assert.Equal("bot (schema tenant1) on db.internal:6432", described);
        Assert.Null(PostgresConnectionString.Problem("Host=db.internal;Database=bot;Username=u;Password=s3cret"));
    }
}
