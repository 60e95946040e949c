using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Channels.DirectLine;

/// <summary>
/// Direct Line tokens: a conversation id, a user id and an expiry, signed with HMAC-SHA256. The key is derived from
/// the configured secret, or (local mode, no secret) drawn at random when the process starts.
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var secret = options.Value.Secret;
        _key = string.IsNullOrEmpty(secret)
            ? RandomNumberGenerator.GetBytes(32)
            : SHA256.HashData(Encoding.UTF8.GetBytes("advisorbot-directline-token:" + secret));
        _time = time;
        _lifetime = TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);
    }

    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    public string Mint(string conversationId, string userId)
    {
        var claims = new DirectLineTokenClaims(conversationId, userId, (_time.GetUtcNow() + _lifetime).ToUnixTimeSeconds());
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        return payload + "." + Base64Url(Sign(payload));
    }

    /// <summary>The token's claims, or null when it is malformed, forged or expired.</summary>
    public DirectLineTokenClaims? Validate(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !TryDecode(token[(dot + 1)..], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, Sign(token[..dot]))
            || !TryDecode(token[..dot], out var payload))
        {
            return null;
        }

        try
        {
            var claims = JsonSerializer.Deserialize<DirectLineTokenClaims>(payload);
            return claims is { ConversationId.Length: > 0, UserId.Length: > 0 } && claims.ExpiresAt > _time.GetUtcNow().ToUnixTimeSeconds()
                ? claims
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private byte[] Sign(string payload) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(payload));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var written) && (bytes = bytes[..written]).Length > 0;
    }
}

/// <summary>What a token grants: one conversation, as one user, until a Unix time.</summary>
public sealed record DirectLineTokenClaims(string ConversationId, string UserId, long ExpiresAt);
