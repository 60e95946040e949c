namespace AdvisorBot.Core.Cards;

/// <summary>A bundled data file (card, dialog, content) that cannot be used, with the file, line and problem.</summary>
public sealed class DataFileException(string file, long line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;
    public long Line { get; } = line;
    public string Problem { get; } = problem;
}
