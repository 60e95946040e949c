using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>Signed Slack requests; signatures come from tests/clients/slack-sign.js (Node's crypto), not from our code.</summary>
public static class SlackSigned
{
    public const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static async Task<string> SignAsync(string body, long timestamp)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllBytesAsync(file, Encoding.UTF8.GetBytes(body));
        try
        {
            var info = new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.TestClients, "slack-sign.js"), Secret, timestamp.ToString(CultureInfo.InvariantCulture), file])
            {
                RedirectStandardOutput = true,
            };
            using var process = Process.Start(info)!;
            var signature = (await process.StandardOutput.ReadToEndAsync()).Trim();
            await process.WaitForExitAsync();
            return signature;
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static async Task<HttpRequestMessage> RequestAsync(string path, string body, string contentType, long? timestamp = null, string? signatureOverride = null, string? retryNum = null)
    {
        var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", ts.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("X-Slack-Signature", signatureOverride ?? await SignAsync(body, ts));
        if (retryNum is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retryNum);
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }

    public static string Form(params (string Key, string Value)[] fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));

    public static string Mention(string eventId, string text, string channel = "C0REVIEW", string user = "U0ANA", string? threadTs = null) =>
        new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "event_callback",
            ["team_id"] = "T0TEAM",
            ["api_app_id"] = "A0APP",
            ["event_id"] = eventId,
            ["event_time"] = 1_700_000_000,
            ["authorizations"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["user_id"] = "U0BOT", ["is_bot"] = true }),
            ["event"] = new System.Text.Json.Nodes.JsonObject
            {
                ["type"] = "app_mention",
                ["user"] = user,
                ["text"] = $"<@U0BOT> {text}",
                ["channel"] = channel,
                ["ts"] = $"1700000100.{Math.Abs(eventId.GetHashCode(StringComparison.Ordinal)) % 1000000:000000}",
                ["thread_ts"] = threadTs,
            },
        }.ToJsonString();
}
