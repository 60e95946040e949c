namespace AdvisorBot.Channels.Outbox;

/// <summary>How many outbox items are accepted and not yet done: the outbox depth gauge's reading.</summary>
public interface IOutboxDepth
{
    /// <summary>The count, or null when the store cannot be read right now.</summary>
    long? Pending();
}
