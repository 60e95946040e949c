namespace AdvisorBot.Channels.Turns;

/// <summary>The bot's logic, as every channel adapter sees it: one call per inbound activity.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken ct);
}
