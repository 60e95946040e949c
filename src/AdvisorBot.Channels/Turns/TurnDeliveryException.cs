namespace AdvisorBot.Channels.Turns;

/// <summary>
/// A turn's reply could not be delivered (the channel refused it, could not be reached, or the bot would not call
/// that URL). The turn itself ran; the failure is the channel's to report, not the user's to be apologised to.
/// </summary>
public sealed class TurnDeliveryException(string message, Exception inner) : Exception(message, inner);
