namespace AdvisorBot.Core.Decisions.Model;

/// <summary>A guided decision as read from a file of the dialogs folder.</summary>
public sealed record Decision(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<SourceArticle> Sources,
    IReadOnlyList<DecisionOption> Options,
    IReadOnlyList<Question> Questions,
    HybridRule? Hybrid,
    IReadOnlyList<FollowUp> FollowUps,
    string File)
{
    /// <summary>A short hash of the decision file's text: which version of the decision a result came from.</summary>
    public string Version { get; init; } = string.Empty;

    public DecisionOption Option(string id) => Options.First(o => o.Id == id);

    public Question? FindQuestion(string id) => Questions.FirstOrDefault(q => q.Id == id);
}

public sealed record SourceArticle(string File, string Title);

public sealed record Citation(string Source, string Section);

public sealed record DecisionOption(string Id, string Label, string Summary, IReadOnlyList<Citation> Citations);

/// <summary>Recommend <see cref="Option"/> when the two best other options are within <see cref="MaxMargin"/> and lead on different questions.</summary>
public sealed record HybridRule(string Option, double MaxMargin);

public sealed record FollowUp(string DecisionId, IReadOnlyList<string> WhenWinner);
