using AdvisorBot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdvisorBot.Channels.BotFramework.Auth;

/// <summary>
/// Validates the bearer token of an inbound Bot Framework request, following the Bot Framework rules:
/// channel tokens (issuer https://api.botframework.com, keys from the Connector's OpenID metadata, the key's
/// endorsements naming the channel, the serviceurl claim matching the activity) and Entra/Emulator tokens
/// (Entra issuers, appid/azp naming this bot). Never logs the token.
/// </summary>
public sealed class BotAuthenticator : IDisposable
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkOptions _options;
    private readonly OpenIdKeyCache _channelKeys;
    private readonly OpenIdKeyCache _entraKeys;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ILogger<BotAuthenticator> _logger;

    public BotAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpFactory, TimeProvider time, ILogger<BotAuthenticator> logger)
    {
        _options = options.Value;
        _logger = logger;
        var http = httpFactory.CreateClient(nameof(BotAuthenticator));
        _channelKeys = new OpenIdKeyCache(new Uri(_options.OpenIdMetadataUrl), http, time, logger);
        _entraKeys = new OpenIdKeyCache(new Uri(_options.EntraOpenIdMetadataUrl), http, time, logger);
    }

    public bool IsLocalMode => _options.IsLocalMode;

    public void Dispose()
    {
        _channelKeys.Dispose();
        _entraKeys.Dispose();
    }

    /// <summary>Checks the Authorization header alone: signature, issuer, audience, lifetime, algorithm.</summary>
    public async Task<AuthResult> AuthenticateAsync(string? authorizationHeader, CancellationToken ct)
    {
        if (_options.IsLocalMode)
        {
            return AuthResult.Ok(BotIdentity.Anonymous);
        }

        if (string.IsNullOrWhiteSpace(authorizationHeader)
            || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Fail("missing bearer token");
        }

        var raw = authorizationHeader["Bearer ".Length..].Trim();
        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return AuthResult.Fail("malformed token");
        }

        var isChannel = unverified.Issuer == BotTokenIssuers.Channel;
        var keys = isChannel ? _channelKeys : _entraKeys;
        if (string.IsNullOrEmpty(unverified.Kid))
        {
            return AuthResult.Fail("token names no signing key");
        }

        var found = await keys.FindKeyAsync(unverified.Kid, ct).ConfigureAwait(false);
        if (found is not { } signing)
        {
            return AuthResult.Fail("unknown signing key");
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = isChannel ? [BotTokenIssuers.Channel] : BotTokenIssuers.Entra(_options.MicrosoftAppTenantId),
            ValidAudience = _options.MicrosoftAppId,
            ValidAlgorithms = Algorithms,
            IssuerSigningKey = signing.Key,
            ClockSkew = ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
        };

        var result = await _handler.ValidateTokenAsync(raw, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            var reason = result.Exception?.GetType().Name ?? "invalid token";
            _logger.LogWarning("Rejected a bot token: {Reason}", reason);
            return AuthResult.Fail(reason);
        }

        if (!isChannel && !NamesThisApp(unverified))
        {
            return AuthResult.Fail("the token's appid/azp is not this bot");
        }

        var kind = isChannel ? BotTokenKind.Channel : BotTokenKind.Entra;
        return AuthResult.Ok(new BotIdentity(kind, result.ClaimsIdentity, signing.Endorsements));
    }

    /// <summary>Checks what the token says about the activity: the channel endorsement and the serviceUrl.</summary>
    public static string? CheckActivity(BotIdentity identity, Activity activity)
    {
        if (identity.Kind != BotTokenKind.Channel)
        {
            return null;
        }

        if (identity.Endorsements is null
            || !identity.Endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            return "the signing key is not endorsed for this channel";
        }

        var claim = identity.ServiceUrlClaim;
        if (string.IsNullOrEmpty(claim) || !string.Equals(claim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "serviceurl claim mismatch";
        }

        return null;
    }

    private bool NamesThisApp(JsonWebToken token)
    {
        var version = token.TryGetPayloadValue<string>("ver", out var v) ? v : "1.0";
        var claim = version == "2.0" ? "azp" : "appid";
        return token.TryGetPayloadValue<string>(claim, out var appId)
            && string.Equals(appId, _options.MicrosoftAppId, StringComparison.Ordinal);
    }
}
