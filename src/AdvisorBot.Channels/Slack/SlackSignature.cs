using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AdvisorBot.Channels.Slack;

/// <summary>
/// Slack's request signing (v0): HMAC-SHA256 over <c>v0:{timestamp}:{raw body}</c> with the signing secret, hex,
/// compared in constant time; timestamps more than five minutes away are refused (replays).
/// </summary>
public static class SlackSignature
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Null when the request is genuine, otherwise why not.</summary>
    public static string? Check(string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return "missing X-Slack-Request-Timestamp or X-Slack-Signature";
        }

        if (!long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Window)
        {
            return "timestamp outside the five-minute window";
        }

        var expected = Compute(signingSecret, timestamp, body);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature))
            ? null
            : "signature mismatch";
    }

    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingSecret), message));
    }
}
