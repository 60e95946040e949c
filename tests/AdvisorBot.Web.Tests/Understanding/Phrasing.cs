using System.Text.Json;

namespace AdvisorBot.Web.Tests.Understanding;

/// <summary>What a phrasing means, as its blind author labelled it: choices, a scale step, "ask me back", or a question.</summary>
public sealed record Expectation(IReadOnlyList<string> Choices, int? Scale, bool AskBack, bool IsQuestion)
{
    /// <summary>"answer" (a choice or a step to record), "ask_back" or "question".</summary>
    public string Kind => IsQuestion ? "question" : AskBack ? "ask_back" : "answer";
}

/// <summary>One typed reply from phrasings.jsonl: the question it answers, the text, what it means and its tags.</summary>
public sealed record Phrasing(string Id, string Question, string Text, Expectation Expect, IReadOnlyList<string> Tags, int Line)
{
    /// <summary>The seed of the fit/test split, fixed before any figure was looked at.</summary>
    public const int SplitSeed = 20261202;

    public static IReadOnlyList<Phrasing> Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var set = new List<Phrasing>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            var expect = root.GetProperty("expect");
            set.Add(new Phrasing(
                root.GetProperty("id").GetString()!,
                root.GetProperty("question").GetString()!,
                root.GetProperty("text").GetString()!,
                new Expectation(
                    expect.TryGetProperty("choices", out var c) ? [.. c.EnumerateArray().Select(e => e.GetString()!)] : [],
                    expect.TryGetProperty("scale", out var s) ? s.GetInt32() : null,
                    expect.TryGetProperty("ask_back", out var a) && a.GetBoolean(),
                    expect.TryGetProperty("question", out var q) && q.GetBoolean()),
                root.TryGetProperty("tags", out var t) ? [.. t.EnumerateArray().Select(e => e.GetString()!)] : [],
                i + 1));
        }

        return set;
    }

    /// <summary>
    /// Half of each question's answers, ask-backs and questions go to "fit", the other half to "test", shuffled with
    /// a fixed seed: tuning may look at fit misses only; the figures that count are the test half's.
    /// </summary>
    public static (IReadOnlyList<Phrasing> Fit, IReadOnlyList<Phrasing> Test) Split(IReadOnlyList<Phrasing> set)
    {
        var random = new Random(SplitSeed);
        var fit = new List<Phrasing>();
        var test = new List<Phrasing>();
        var toFit = true;
        foreach (var group in set.GroupBy(p => (p.Question, p.Expect.Kind)).OrderBy(g => g.Key.Question, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal))
        {
            foreach (var phrasing in group.OrderBy(p => p.Id, StringComparer.Ordinal).ToList().OrderBy(_ => random.Next()))
            {
                (toFit ? fit : test).Add(phrasing);
                toFit = !toFit;
            }
        }

        return (fit, test);
    }
}
