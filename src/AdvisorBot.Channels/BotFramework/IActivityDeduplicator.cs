namespace AdvisorBot.Channels.BotFramework;

/// <summary>
/// Remembers which activities have been processed, for a while, so a channel's redelivery of the same activity
/// (Teams retries slow or failed deliveries with the same id) runs no second turn.
/// </summary>
public interface IActivityDeduplicator
{
    /// <summary>True the first time <paramref name="key"/> is seen within the window; false for a redelivery.</summary>
    Task<bool> FirstDeliveryAsync(string key, CancellationToken ct);
}
