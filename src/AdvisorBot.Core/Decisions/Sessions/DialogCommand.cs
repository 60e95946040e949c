namespace AdvisorBot.Core.Decisions.Sessions;

public enum DialogCommandKind
{
    None,
    Help,
    Decide,
    Decisions,
    Cancel,
    Back,
    Restart,
    Status,
    Skip,
    Next,
    Ask,
    Summary,
    Adr,
}

/// <summary>A command typed at any point, with its argument ("decide python-framework", "ask what is the GIL").</summary>
public sealed record DialogCommand(DialogCommandKind Kind, string Argument)
{
    public static readonly DialogCommand None = new(DialogCommandKind.None, string.Empty);

    private static readonly Dictionary<string, DialogCommandKind> Words = new(StringComparer.Ordinal)
    {
        ["help"] = DialogCommandKind.Help, ["commands"] = DialogCommandKind.Help, ["?"] = DialogCommandKind.Help, ["what can you do"] = DialogCommandKind.Help,
        ["decide"] = DialogCommandKind.Decide, ["decision"] = DialogCommandKind.Decide,
        ["decisions"] = DialogCommandKind.Decisions, ["list decisions"] = DialogCommandKind.Decisions,
        ["cancel"] = DialogCommandKind.Cancel, ["stop"] = DialogCommandKind.Cancel, ["quit"] = DialogCommandKind.Cancel, ["exit"] = DialogCommandKind.Cancel,
        ["back"] = DialogCommandKind.Back, ["undo"] = DialogCommandKind.Back, ["go back"] = DialogCommandKind.Back,
        ["restart"] = DialogCommandKind.Restart, ["start over"] = DialogCommandKind.Restart,
        ["status"] = DialogCommandKind.Status, ["progress"] = DialogCommandKind.Status, ["where am i"] = DialogCommandKind.Status,
        ["skip"] = DialogCommandKind.Skip, ["pass"] = DialogCommandKind.Skip,
        ["next"] = DialogCommandKind.Next, ["move on"] = DialogCommandKind.Next,
        ["ask"] = DialogCommandKind.Ask,
        ["summary"] = DialogCommandKind.Summary, ["digest"] = DialogCommandKind.Summary,
        ["adr"] = DialogCommandKind.Adr, ["decision record"] = DialogCommandKind.Adr,
    };

    private static readonly HashSet<DialogCommandKind> TakesArgument = [DialogCommandKind.Decide, DialogCommandKind.Ask];

    /// <summary>
    /// The command in <paramref name="text"/>, case-insensitive and tolerant of a typo in words of four letters or
    /// more. Commands without an argument must be the whole message, so an answer is never mistaken for one.
    /// </summary>
    public static DialogCommand Parse(string text)
    {
        var typed = TextMatching.Normalize(text).TrimEnd('?', '!');
        if (typed.Length == 0)
        {
            return text.Trim() == "?" ? new DialogCommand(DialogCommandKind.Help, string.Empty) : None;
        }

        if (Match(typed) is { } whole)
        {
            return new DialogCommand(whole, string.Empty);
        }

        var space = typed.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && Match(typed[..space]) is { } first && TakesArgument.Contains(first))
        {
            return new DialogCommand(first, text.Trim()[(space + 1)..].Trim());
        }

        return None;
    }

    private static DialogCommandKind? Match(string word)
    {
        if (Words.TryGetValue(word, out var exact))
        {
            return exact;
        }

        var near = Words.Where(w => !w.Key.Contains(' ', StringComparison.Ordinal) && TextMatching.IsNearMiss(word, w.Key) && TextMatching.Distance(word, w.Key) <= 1)
            .Select(w => w.Value).Distinct().ToList();
        return near.Count == 1 ? near[0] : null;
    }
}
