namespace AdvisorBot.Core.Help;

/// <summary>What the bot says about itself: the welcome line and the command list.</summary>
public static class BotIntroduction
{
    public const string Welcome =
        "Hi, I'm AdvisorBot. I help engineering teams make technology decisions together, answer questions from our " +
        "sources with citations, and post design-review summaries. Say \"help\" to see what I can do.";

    public const string Summary =
        "I'm AdvisorBot: I walk a person or a whole channel through a technology decision (today: Node.js or Python " +
        "for a backend), answer questions from my indexed sources with citations, and post design-review summaries.";

    public static IReadOnlyList<(string Command, string Description)> Commands { get; } =
    [
        ("decide", "start a guided decision, e.g. Node.js or Python for our backend"),
        ("decisions", "list the decisions I can guide"),
        ("ask <question>", "answer a question from my sources, with the passage it came from"),
        ("summary", "post this channel's design-review summary"),
        ("help", "show this list"),
    ];

    public static string CommandList() =>
        "Commands:\n" + string.Join("\n", Commands.Select(c => $"- {c.Command}: {c.Description}"));

    public const string NotUnderstood =
        "Hello! Ask me anything about Node.js and Python backends, or say \"decide\" to start a guided decision.";
}
