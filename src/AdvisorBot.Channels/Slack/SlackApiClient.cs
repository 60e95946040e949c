using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AdvisorBot.Channels.BotFramework.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Channels.Slack;

/// <summary>The Slack Web API methods the bot uses, plus response_url posts. 429s are retried by the HttpClient's handler.</summary>
public sealed class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, ILogger<SlackApiClient> logger)
{
    public async Task<string?> PostMessageAsync(string channel, string? threadTs, JsonObject message, CancellationToken ct)
    {
        var body = Copy(message);
        body["channel"] = channel;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        var result = await CallAsync("chat.postMessage", body, ct).ConfigureAwait(false);
        return SlackJson.Text(result, "ts");
    }

    public Task UpdateAsync(string channel, string ts, JsonObject message, CancellationToken ct)
    {
        var body = Copy(message);
        body["channel"] = channel;
        body["ts"] = ts;
        return CallAsync("chat.update", body, ct);
    }

    public Task PostEphemeralAsync(string channel, string user, string? threadTs, JsonObject message, CancellationToken ct)
    {
        var body = Copy(message);
        body["channel"] = channel;
        body["user"] = user;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        return CallAsync("chat.postEphemeral", body, ct);
    }

    /// <summary>Answers a slash command through its response_url (https, or loopback for tests).</summary>
    public async Task RespondAsync(string responseUrl, JsonObject message, bool inChannel, CancellationToken ct)
    {
        if (!SecureUrl.TryParse(responseUrl, out var url) || !SecureUrl.IsAllowed(url))
        {
            throw new SlackApiException("response_url", "insecure_url");
        }

        var body = Copy(message);
        body["response_type"] = inChannel ? "in_channel" : "ephemeral";
        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(url, content, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Slack response_url answered {Status}", (int)response.StatusCode);
            throw new SlackApiException("response_url", ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private async Task<JsonObject> CallAsync(string method, JsonObject body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(options.Value.ApiBaseUrl.TrimEnd('/') + "/"), method))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.BotToken);
        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        var result = SlackJson.ParseObject(text.Length == 0 ? "{}" : text) ?? [];
        if (!response.IsSuccessStatusCode || SlackJson.At(result, "ok") is not JsonValue ok || ok.GetValueKind() != System.Text.Json.JsonValueKind.True)
        {
            var error = SlackJson.Text(result, "error") ?? $"http_{(int)response.StatusCode}";
            logger.LogWarning("Slack {Method} failed: {Error}", method, error);
            throw new SlackApiException(method, error);
        }

        return result;
    }

    private static JsonObject Copy(JsonObject message) => (JsonObject)message.DeepClone();
}

public sealed class SlackApiException(string method, string error) : Exception($"Slack {method} failed: {error}")
{
    public string Method { get; } = method;
    public string Error { get; } = error;
}
