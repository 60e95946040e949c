using System.Security.Cryptography;
using System.Text;
using AdvisorBot.Channels.BotFramework.Auth;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Channels.DirectLine;

/// <summary>
/// Who may call Direct Line. Local mode without a secret: anyone (a token, when sent, must still be valid).
/// With a secret: the secret or a token minted from it. Outside local mode without a secret: the endpoint is off.
/// </summary>
public sealed class DirectLineAccess(IOptions<DirectLineOptions> options, IOptions<BotFrameworkOptions> bot, DirectLineTokens tokens)
{
    private readonly byte[]? _secret = options.Value.Secret is { Length: > 0 } s ? Encoding.UTF8.GetBytes(s) : null;

    public bool IsEnabled => _secret is not null || bot.Value.IsLocalMode;

    public bool IsOpen => _secret is null && bot.Value.IsLocalMode;

    /// <summary>Whether the page at / is served (it mints a token for every visitor).</summary>
    public bool IsPageEnabled => IsOpen || (_secret is not null && options.Value.PageEnabled);

    public DirectLineAuthorization Check(string? authorization)
    {
        if (!IsEnabled)
        {
            return DirectLineAuthorization.Refuse(404, "Direct Line is off: set DirectLine:Secret to turn it on.");
        }

        if (string.IsNullOrWhiteSpace(authorization))
        {
            return IsOpen
                ? DirectLineAuthorization.Allow(DirectLineCaller.Trusted)
                : DirectLineAuthorization.Refuse(401, "Send the Direct Line secret or a token as 'Authorization: Bearer'.");
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return DirectLineAuthorization.Refuse(401, "The Authorization header must be 'Bearer <secret or token>'.");
        }

        var credential = authorization["Bearer ".Length..].Trim();
        if (_secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), _secret))
        {
            return DirectLineAuthorization.Allow(DirectLineCaller.Trusted);
        }

        return tokens.Validate(credential) is { } claims
            ? DirectLineAuthorization.Allow(new DirectLineCaller(claims))
            : DirectLineAuthorization.Refuse(403, "The token is invalid or expired.");
    }

    /// <summary>The stream URL's <c>t</c> parameter: a token for that conversation.</summary>
    public bool CheckStream(string? token, string conversationId) =>
        IsEnabled && token is not null && tokens.Validate(token) is { } claims && claims.ConversationId == conversationId;
}
