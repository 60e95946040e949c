using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace AdvisorBot.Web.Tests.Fuzz;

/// <summary>
/// One mutated request: where it goes, its raw bytes and content type. Slack requests are signed when sent (the
/// signature is over the mutated bytes, so they pass the check and reach the parsing behind it).
/// </summary>
public sealed record FuzzRequest(string Path, byte[] Body, string ContentType, string Seed)
{
    public bool IsSlack => Path.StartsWith("/api/slack/", StringComparison.Ordinal);

    public HttpRequestMessage ToHttp(string slackSecret, DateTimeOffset now)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path.TrimStart('/')) { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        if (IsSlack)
        {
            var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var signed = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(Body).ToArray();
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(slackSecret), signed)));
        }

        return request;
    }

    /// <summary>A short, printable description for a failure report.</summary>
    public override string ToString()
    {
        var text = Encoding.UTF8.GetString(Body);
        return $"{Path} [{Seed}] {(text.Length > 400 ? text[..400] + "…" : text)}";
    }
}
