namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>Lists of labels in running text.</summary>
public static class AnswerWords
{
    /// <summary>"A", "A or B", "A, B or C".</summary>
    public static string Alternatives(IReadOnlyList<string> labels) => Join(labels, "or");

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string All(IReadOnlyList<string> labels) => Join(labels, "and");

    private static string Join(IReadOnlyList<string> labels, string last) => labels.Count switch
    {
        0 => string.Empty,
        1 => labels[0],
        _ => $"{string.Join(", ", labels.Take(labels.Count - 1))} {last} {labels[^1]}",
    };
}
