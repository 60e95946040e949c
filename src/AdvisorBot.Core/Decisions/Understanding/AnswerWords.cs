namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>Lists of labels in running text.</summary>
public static class AnswerWords
{
    /// <summary>"A", "A or B", "A, B or C".</summary>
    public static string Alternatives(IReadOnlyList<string> labels) => Join(labels, "or");

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string All(IReadOnlyList<string> labels) => Join(labels, "and");

    /// <summary>
    /// Candidates offered back, each label quoted so that a label's own "or" is not read as a break: «"A" or "B"»,
    /// «"A", "B" or "C"». A candidate of several labels joins them with "and"; then the candidates are parted by
    /// ", or" and a one-label candidate reads "only": «"A" and "B", or only "A"».
    /// </summary>
    public static string Offers(IReadOnlyList<IReadOnlyList<string>> candidates)
    {
        var combined = candidates.Any(c => c.Count > 1);
        var offers = candidates.Select(c => c.Count == 1 && combined ? $"only {Quoted(c[0])}" : string.Join(" and ", c.Select(Quoted))).ToList();
        return combined && offers.Count > 1 ? $"{string.Join(", ", offers.Take(offers.Count - 1))}, or {offers[^1]}" : Alternatives(offers);
    }

    private static string Quoted(string label) => $"\"{label}\"";

    private static string Join(IReadOnlyList<string> labels, string last) => labels.Count switch
    {
        0 => string.Empty,
        1 => labels[0],
        _ => $"{string.Join(", ", labels.Take(labels.Count - 1))} {last} {labels[^1]}",
    };
}
