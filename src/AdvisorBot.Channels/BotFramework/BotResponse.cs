namespace AdvisorBot.Channels.BotFramework;

/// <summary>What the HTTP endpoint answers: a status and an optional JSON body.</summary>
public sealed record BotResponse(int Status, object? Body = null)
{
    public static BotResponse Ok { get; } = new(200);
}
