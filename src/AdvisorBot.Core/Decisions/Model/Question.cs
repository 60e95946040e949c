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
    public const int ScaleMiddle = 3;

    public bool HasChoices => Kind is QuestionKind.Single or QuestionKind.Multiple or QuestionKind.YesNo;

    /// <summary>Per option, why a high or a low answer to this scale question moves it (falls back to <see cref="ScaleReason"/>).</summary>
    public IReadOnlyDictionary<string, DirectedReason> ScaleReasons { get; init; } = new Dictionary<string, DirectedReason>();

    /// <summary>Where the answer can come from an earlier decision of the chain, so the question is not asked twice.</summary>
    public Carry? Carry { get; init; }

    public Choice? FindChoice(string id) => Choices.FirstOrDefault(c => c.Id == id);

    /// <summary>Why an answer of <paramref name="scale"/> moves <paramref name="optionId"/>.</summary>
    public string? ScaleReasonFor(string optionId, int scale)
    {
        var directed = ScaleReasons.GetValueOrDefault(optionId);
        return scale switch
        {
            > ScaleMiddle => directed?.High ?? ScaleReason,
            < ScaleMiddle => directed?.Low ?? ScaleReason,
            _ => null,
        };
    }
}

public sealed record Choice(string Id, string Label, IReadOnlyList<string> Synonyms, IReadOnlyDictionary<string, double> Weights, string? Reason)
{
    /// <summary>Reasons for single options where the shared <see cref="Reason"/> would not explain why that option moves.</summary>
    public IReadOnlyDictionary<string, string> Reasons { get; init; } = new Dictionary<string, string>();

    /// <summary>The sources of this choice's reasons, when narrower than the question's.</summary>
    public IReadOnlyList<Citation>? Citations { get; init; }

    /// <summary>Why picking this choice moves <paramref name="optionId"/>.</summary>
    public string? ReasonFor(string optionId) => Reasons.GetValueOrDefault(optionId) ?? Reason;
}

/// <summary>A reason for a scale question's high answers (4, 5) and one for its low answers (1, 2).</summary>
public sealed record DirectedReason(string? High, string? Low);

/// <summary>
/// The answer to a question is taken from <see cref="QuestionId"/> of the earlier decision <see cref="DecisionId"/>
/// when every answer given there is one of <see cref="Answers"/>' keys (each mapped to this question's choice).
/// </summary>
public sealed record Carry(string DecisionId, string QuestionId, IReadOnlyDictionary<string, string> Answers, int Line);

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
