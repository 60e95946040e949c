using System.Text.Json;

namespace AdvisorBot.Knowledge.Evaluation;

/// <summary>One question of the evaluation set: the corpus it is asked of, and the acceptable sources (none: unanswerable).</summary>
public sealed record EvalQuestion(int Id, string Corpus, string Question, IReadOnlyList<ExpectedSource> Expect)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool Answerable => Expect.Count > 0;

    public static IReadOnlyList<EvalQuestion> Load(string jsonlPath) =>
    [
        .. File.ReadLines(jsonlPath).Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<EvalQuestion>(l, Json)!),
    ];
}

/// <summary>A correct source: the document path, and text its section name contains (empty: any section).</summary>
public sealed record ExpectedSource(string Path, string? Section)
{
    public bool Matches(Ingestion.Passage passage) =>
        string.Equals(passage.DocumentPath, Path, StringComparison.OrdinalIgnoreCase)
        && (string.IsNullOrEmpty(Section) || passage.Section.Contains(Section, StringComparison.OrdinalIgnoreCase));
}
