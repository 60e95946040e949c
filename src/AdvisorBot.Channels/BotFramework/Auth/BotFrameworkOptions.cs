namespace AdvisorBot.Channels.BotFramework.Auth;

/// <summary>
/// Bot Framework identity and endpoints. The four app keys sit at the root of the configuration
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>),
/// as in every Bot Framework sample; the rest live in the <c>BotFramework</c> section.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string MicrosoftAppType { get; set; } = BotAppTypes.MultiTenant;
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata of the Bot Connector service (channel tokens).</summary>
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Microsoft Entra ID (Emulator and Entra tokens).</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Where outbound tokens come from; the tenant (or botframework.com) is appended.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The scope of outbound tokens for the Bot Connector.</summary>
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// The Bot Connector hosts an Entra/Emulator token's activity may name as its serviceUrl and still receive the
    /// bot's token (an Entra token, unlike a channel token, does not name its serviceUrl). Comma-separated; "*."
    /// matches any subdomain.
    /// </summary>
    public string ConnectorHosts { get; set; } = "smba.trafficmanager.net,*.botframework.com,*.botframework.us,*.botframework.azure.us";

    /// <summary>Largest accepted /api/messages body, in bytes.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Outbound Connector calls give up after this many retries of 429/412/502/504.</summary>
    public int ConnectorMaxRetries { get; set; } = 3;

    /// <summary>With no app id the bot runs in local mode: no inbound auth, no outbound token.</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, BotAppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase);

    /// <summary>The tenant outbound tokens are asked of: the bot's tenant, or botframework.com for multi-tenant bots.</summary>
    public string TokenTenant => IsSingleTenant ? MicrosoftAppTenantId! : "botframework.com";
}

public static class BotAppTypes
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMsi";
}
