namespace AdvisorBot.TestSupport;

/// <summary>
/// The PostgreSQL server the tests may use: a connection string in <c>ADVISORBOT_TEST_POSTGRES</c> (CI starts a
/// server on loopback with <c>.ci/postgres.sh</c> and sets it). Each test makes a schema of its own in that database.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "ADVISORBOT_TEST_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool Present => ConnectionString is not null;

    public static string MissingMessage =>
        $"No PostgreSQL server for this test: {Variable} is not set. Start one with `bash .ci/postgres.sh start` and set {Variable} to the connection string it prints.";
}

/// <summary>A fact that needs the PostgreSQL server: skipped, saying what is missing and how to supply it, when there is none.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestPostgres.Present)
        {
            Skip = TestPostgres.MissingMessage;
        }
    }
}
