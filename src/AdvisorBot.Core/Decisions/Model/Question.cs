namespace AdvisorBot.Core.Decisions.Model;

public enum QuestionKind
{
    Single,
    Multiple,
    YesNo,
    Scale,
    Note,
}

public sealed record Question(
    string Id,
    string Prompt,
    string Help,
    QuestionKind Kind,
    bool Skippable,
    IReadOnlyList<Choice> Choices,
    ScaleLabels? Scale,
    IReadOnlyDictionary<string, double> ScaleWeights,
    string? ScaleReason,
    IReadOnlyList<Condition> When,
    IReadOnlyList<Citation> Citations)
{
    public const int ScaleMin = 1;
    public const int ScaleMax = 5;

    public bool HasChoices => Kind is QuestionKind.Single or QuestionKind.Multiple or QuestionKind.YesNo;

    public Choice? FindChoice(string id) => Choices.FirstOrDefault(c => c.Id == id);
}

public sealed record Choice(string Id, string Label, IReadOnlyList<string> Synonyms, IReadOnlyDictionary<string, double> Weights, string? Reason);

/// <summary>The labels of a scale question: its two ends, what is counted, and a label (and upper bound) for every step.</summary>
public sealed record ScaleLabels(string Low, string High, string? Unit, IReadOnlyList<ScaleStep> Steps)
{
    public ScaleLabels(string low, string high)
        : this(low, high, null, [])
    {
    }

    /// <summary>The step's label, or the end labels for 1 and 5 when the file gives no steps.</summary>
    public string LabelOf(int value) =>
        Steps.FirstOrDefault(s => s.Value == value)?.Label
        ?? (value == Question.ScaleMin ? Low : value == Question.ScaleMax ? High : value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The step a quantity falls on, when the steps have numeric bounds.</summary>
    public int? StepFor(double quantity)
    {
        if (Steps.Count == 0 || Steps.Take(Steps.Count - 1).Any(s => s.Below is null))
        {
            return null;
        }

        return Steps.FirstOrDefault(s => s.Below is not { } below || quantity < below)?.Value;
    }
}

/// <summary>One step of a scale: its number, its label and, where the scale counts something, the bound it stays below.</summary>
public sealed record ScaleStep(int Value, string Label, double? Below);

/// <summary>An earlier question's answer must be one of <see cref="Values"/> (choice ids, or scale numbers as text).</summary>
public sealed record Condition(string QuestionId, IReadOnlyList<string> Values);
