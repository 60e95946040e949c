namespace AdvisorBot.Core.Cards;

/// <summary>What a channel's card renderer supports.</summary>
public enum CardHost
{
    /// <summary>No cards: plain text replies.</summary>
    None,

    /// <summary>Microsoft Teams: Adaptive Cards 1.5 with Universal Actions (Action.Execute).</summary>
    Teams,

    /// <summary>Web Chat, Direct Line, the Emulator: Adaptive Cards with Action.Submit only.</summary>
    WebChat,
}

public static class CardHosts
{
    public static CardHost For(string? channelId, string mode) =>
        string.Equals(mode, CardOptions.TextMode, StringComparison.OrdinalIgnoreCase) ? CardHost.None
        : channelId switch
        {
            "msteams" => CardHost.Teams,
            "webchat" or "directline" or "emulator" => CardHost.WebChat,
            "slack" => CardHost.WebChat, // rendered as Block Kit by the Slack transport
            _ => CardHost.None,
        };
}
