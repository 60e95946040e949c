using System.Security.Claims;

namespace AdvisorBot.Channels.BotFramework.Auth;

/// <summary>Who vouched for an inbound request: a validated channel or Entra token, or nobody in local mode.</summary>
public sealed record BotIdentity(BotTokenKind Kind, ClaimsIdentity? Claims, IReadOnlyList<string>? Endorsements)
{
    public static BotIdentity Anonymous { get; } = new(BotTokenKind.None, null, null);

    public string? ServiceUrlClaim => Claims?.FindFirst("serviceurl")?.Value;
}

public enum BotTokenKind
{
    /// <summary>Local mode: no app id, no token required.</summary>
    None,

    /// <summary>A token from the Bot Connector service (issuer https://api.botframework.com).</summary>
    Channel,

    /// <summary>A token from Entra ID (Emulator, or a single-tenant bot's tenant).</summary>
    Entra,
}

/// <summary>The answer of an authentication check: an identity, or why the request is refused.</summary>
public sealed record AuthResult(BotIdentity? Identity, string? Failure)
{
    public bool Succeeded => Identity is not null;

    public static AuthResult Ok(BotIdentity identity) => new(identity, null);

    public static AuthResult Fail(string reason) => new(null, reason);
}
