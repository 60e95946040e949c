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

public sealed record ScaleLabels(string Low, string High);

/// <summary>An earlier question's answer must be one of <see cref="Values"/> (choice ids, or scale numbers as text).</summary>
public sealed record Condition(string QuestionId, IReadOnlyList<string> Values);
