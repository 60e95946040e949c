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

    /// <summary>The follow-up decision chained when <paramref name="optionId"/> wins, if any.</summary>
    public FollowUp? FollowUpFor(string optionId) => FollowUps.FirstOrDefault(f => f.WhenWinner.Contains(optionId, StringComparer.Ordinal));
}

public sealed record SourceArticle(string File, string Title);

public sealed record Citation(string Source, string Section);

public sealed record DecisionOption(string Id, string Label, string Summary, IReadOnlyList<Citation> Citations)
{
    /// <summary>The words that name this option in a reason ("Node.js", "Django"); the label when the file gives none.</summary>
    public IReadOnlyList<string> Names { get; init; } = [Label];

    /// <summary>The runtime the option runs on ("node", "python"); none for an option that combines runtimes.</summary>
    public string? Runtime { get; init; }

    /// <summary>What choosing the option means, for the decision record.</summary>
    public OptionRecord Record { get; init; } = OptionRecord.Empty;
}

/// <summary>What a decision record says about a chosen option: its consequences, risks, trade-offs and next steps.</summary>
public sealed record OptionRecord(
    IReadOnlyList<string> Consequences,
    IReadOnlyList<string> Risks,
    IReadOnlyList<string> TradeOffs,
    IReadOnlyList<string> NextSteps,
    IReadOnlyList<Citation> Citations)
{
    public static OptionRecord Empty { get; } = new([], [], [], [], []);

    public bool IsEmpty => Consequences.Count + Risks.Count + TradeOffs.Count + NextSteps.Count == 0;
}

/// <summary>
/// When the two best single-runtime options are within <see cref="MaxMargin"/> of each other, run on different
/// runtimes and lead on different questions, the result points out that <see cref="Option"/> (a split) would play
/// to both strengths, unless the answers lean against the split (a score of zero or less). It never overrides the scores.
/// </summary>
public sealed record HybridRule(string Option, double MaxMargin);

public sealed record FollowUp(string DecisionId, IReadOnlyList<string> WhenWinner);
