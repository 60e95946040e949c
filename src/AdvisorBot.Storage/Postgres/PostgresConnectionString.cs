using Npgsql;

namespace AdvisorBot.Storage.Postgres;

/// <summary>Checks ConnectionStrings:State at start-up, and names the database for messages without its password.</summary>
public static class PostgresConnectionString
{
    /// <summary>Why the connection string cannot be used, or null when it can.</summary>
    public static string? Problem(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return "ConnectionStrings:State must be set when State:Provider is Postgres (for example Host=db;Database=advisorbot;Username=advisorbot;Password=…).";
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            return $"ConnectionStrings:State is not a PostgreSQL connection string: {ex.Message}";
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            return "ConnectionStrings:State must name the server (Host=…).";
        }

        return string.IsNullOrWhiteSpace(builder.Database) && string.IsNullOrWhiteSpace(builder.Username)
            ? "ConnectionStrings:State must name the database (Database=…) or the user (Username=…)."
            : null;
    }

    /// <summary>"database advisorbot on db:5432 as advisorbot": what messages and logs call the store.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = string.IsNullOrWhiteSpace(builder.Database) ? builder.Username : builder.Database;
        var schema = string.IsNullOrWhiteSpace(builder.SearchPath) ? string.Empty : $" (schema {builder.SearchPath})";
        return $"{database}{schema} on {builder.Host}:{builder.Port}";
    }
}
