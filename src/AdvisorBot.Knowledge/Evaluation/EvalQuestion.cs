using System.Text.Json;

namespace AdvisorBot.Knowledge.Evaluation;

/// <summary>
/// One question of the evaluation set, written by someone who had not seen the content, and graded by someone who had
/// not seen the code: whether each corpus covers it, the facts a correct answer quotes, and the files that hold them.
/// <see cref="Split"/> is "fit" (the only part anything is tuned on) or "test" (the part figures are reported on).
/// </summary>
public sealed record EvalQuestion(int Id, string Split, string Kind, string Style, string Question, Expectation Bundled, Expectation Seeds)
{
    public const string Fit = "fit";
    public const string Test = "test";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Expectation For(string corpus) => corpus == EvalCorpora.Bundled ? Bundled : Seeds;

    public static IReadOnlyList<EvalQuestion> Load(string jsonlPath) =>
    [
        .. File.ReadLines(jsonlPath).Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<EvalQuestion>(l, Json)!),
    ];
}

/// <summary>What a corpus holds for a question: covered or not, facts (any one makes an answer right) and files.</summary>
public sealed record Expectation(bool Covered, IReadOnlyList<string> Facts, IReadOnlyList<string> Files)
{
    /// <summary>An answer is right when it quotes one of the facts (and, when asked, cites one of the files).</summary>
    public bool IsRight(string answerText, string citedPath, bool requireFile) =>
        Covered
        && Facts.Any(f => Normalise(answerText).Contains(Normalise(f), StringComparison.OrdinalIgnoreCase))
        && (!requireFile || Files.Any(f => string.Equals(f, citedPath, StringComparison.OrdinalIgnoreCase)));

    private static string Normalise(string text) =>
        string.Join(' ', text.Replace('\u2011', '-').Replace('\u2010', '-').Replace('\u00a0', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The two corpora the set is asked of.</summary>
public static class EvalCorpora
{
    public const string Bundled = "bundled";
    public const string Seeds = "seeds";
}
