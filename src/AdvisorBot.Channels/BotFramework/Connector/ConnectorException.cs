using System.Net;

namespace AdvisorBot.Channels.BotFramework.Connector;

/// <summary>A Connector call that failed after its retries, with the service's error code when it gave one.</summary>
public sealed class ConnectorException(HttpStatusCode status, string? code, string message)
    : Exception($"Connector call failed with {(int)status} {code}: {message}")
{
    public HttpStatusCode Status { get; } = status;
    public string? Code { get; } = code;
}

/// <summary>A call the bot refused to make: its token would have gone to a URL no validated token vouched for.</summary>
public sealed class UntrustedServiceUrlException(string serviceUrl)
    : Exception($"Refusing to call {serviceUrl}: no validated channel token vouched for it.");
