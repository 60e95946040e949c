using System.Collections.Concurrent;
using AdvisorBot.Channels.BotFramework.Auth;

namespace AdvisorBot.Channels.BotFramework.Connector;

/// <summary>
/// The service URLs a validated channel token vouched for. A bearer token is only ever sent to one of these;
/// nothing else may add to the set, so an unauthenticated activity can never steer the bot's token elsewhere.
/// </summary>
public sealed class ServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => _trusted[Normalize(serviceUrl)] = 0;

    public bool IsTrusted(string serviceUrl) => _trusted.ContainsKey(Normalize(serviceUrl));

    /// <summary>Whether a call to <paramref name="serviceUrl"/> may carry this bot's token.</summary>
    public bool MaySendToken(Uri serviceUrl) => SecureUrl.IsAllowed(serviceUrl) && IsTrusted(serviceUrl.AbsoluteUri);

    private static string Normalize(string serviceUrl) => serviceUrl.Trim().TrimEnd('/');
}
