namespace AdvisorBot.Storage;

public sealed class StateOptions
{
    public const string SectionName = "State";
    public const string ConnectionStringName = "State";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>Where state lives: "Sqlite" (the default, one file in <see cref="DataPath"/>) or "Postgres" (ConnectionStrings:State).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The data folder; the SQLite file lives there. Relative paths are relative to the working folder.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>The SQLite file's name inside <see cref="DataPath"/>.</summary>
    public string SqliteFileName { get; set; } = "advisorbot.db";

    /// <summary>ConnectionStrings:State: the PostgreSQL database, when <see cref="Provider"/> is "Postgres".</summary>
    public string ConnectionString { get; set; } = string.Empty;

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    public bool IsSqlite => string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase);
}
