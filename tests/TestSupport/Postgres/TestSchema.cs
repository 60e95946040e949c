using Npgsql;

namespace AdvisorBot.TestSupport;

/// <summary>
/// A fresh, empty schema in the test database (<see cref="TestPostgres"/>), dropped with everything in it at the end:
/// tests that run at once never see each other's tables. <see cref="ConnectionString"/> puts it first on the
/// search path, so the bot's tables are made there.
/// </summary>
public sealed class TestSchema : IDisposable
{
    private readonly string _server;

    public TestSchema()
    {
        _server = TestPostgres.ConnectionString ?? throw new InvalidOperationException(TestPostgres.MissingMessage);
        Name = "test_" + Guid.NewGuid().ToString("N")[..16];
        Execute($"CREATE SCHEMA {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { SearchPath = Name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Runs SQL in the schema (e.g. to look at what the bot stored) and returns the first column of the first row.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        Execute($"DROP SCHEMA IF EXISTS {Name} CASCADE");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
