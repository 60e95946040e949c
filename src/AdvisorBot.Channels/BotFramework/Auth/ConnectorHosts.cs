namespace AdvisorBot.Channels.BotFramework.Auth;

/// <summary>Whether a service URL is on one of the configured Bot Connector hosts (<see cref="BotFrameworkOptions.ConnectorHosts"/>).</summary>
public static class ConnectorHosts
{
    public static bool IsKnown(string? serviceUrl, string hosts)
    {
        if (!SecureUrl.TryParse(serviceUrl, out var uri) || !SecureUrl.IsAllowed(uri))
        {
            return false;
        }

        var host = uri.IdnHost;
        return hosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(entry =>
            entry.StartsWith("*.", StringComparison.Ordinal)
                ? host.EndsWith(entry[1..], StringComparison.OrdinalIgnoreCase)
                : string.Equals(host, entry, StringComparison.OrdinalIgnoreCase));
    }
}
