namespace AdvisorBot.Storage;

public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>The data folder; the SQLite file lives there. Relative paths are relative to the working folder.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>The SQLite file's name inside <see cref="DataPath"/>.</summary>
    public string SqliteFileName { get; set; } = "advisorbot.db";
}
