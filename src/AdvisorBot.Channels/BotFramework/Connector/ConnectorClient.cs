using System.Net.Http.Headers;
using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Auth;
using AdvisorBot.Channels.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Channels.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (v3): send, reply, update, delete, create conversation. Conversation and activity
/// ids are escaped in routes. Retries of 429/412/502/504 live in the HttpClient's resilience handler.
/// </summary>
public sealed class ConnectorClient(
    HttpClient http, ConnectorTokenProvider tokens, ServiceUrlTrust trust, ILogger<ConnectorClient> logger)
{
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities", activity, ct);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, ct);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", activity, ct);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Esc(conversationId)}/activities/{Esc(activityId)}", null, ct);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, ct);

    /// <summary>Sends or replies, as the Bot Framework does: a reply when the activity names the one it answers.</summary>
    public Task<ResourceResponse> PostAsync(string serviceUrl, Activity activity, CancellationToken ct)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        return string.IsNullOrEmpty(activity.ReplyToId)
            ? SendToConversationAsync(serviceUrl, conversationId, activity, ct)
            : ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, ct);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string route, object? body, CancellationToken ct)
        where T : class
    {
        var baseUri = ParseServiceUrl(serviceUrl);
        using var request = new HttpRequestMessage(method, new Uri(baseUri, route));
        if (body is not null)
        {
            // Bytes, not a lazily serialized stream: a retried request sends the same body again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        var token = await tokens.GetTokenAsync(ct).ConfigureAwait(false);
        if (token is not null)
        {
            if (!trust.MaySendToken(baseUri))
            {
                throw new UntrustedServiceUrlException(serviceUrl);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (!SecureUrl.IsLoopback(baseUri))
        {
            // Local mode: nobody vouched for this URL, so the bot talks only to a client on this machine.
            throw new UntrustedServiceUrlException(serviceUrl);
        }

        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var error = TryReadError(text);
            logger.LogWarning("Connector {Method} {Route} answered {Status} {Code}", method, route, (int)response.StatusCode, error?.Code);
            throw new ConnectorException(response.StatusCode, error?.Code, error?.Message ?? response.ReasonPhrase ?? "error");
        }

        // Teams answers some sends with an empty 202: that is success with no id.
        return string.IsNullOrWhiteSpace(text)
            ? Empty<T>()
            : JsonSerializer.Deserialize<T>(text, BotJson.Options) ?? Empty<T>();
    }

    private static T Empty<T>() where T : class =>
        typeof(T) == typeof(ResourceResponse) ? (T)(object)new ResourceResponse(null) : (T)(object)new ConversationResourceResponse(null, null, null);

    private static Uri ParseServiceUrl(string serviceUrl)
    {
        if (!SecureUrl.TryParse(serviceUrl, out var uri))
        {
            throw new UntrustedServiceUrlException(serviceUrl);
        }

        return uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    private static Error? TryReadError(string text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<ErrorResponse>(text, BotJson.Options)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Esc(string segment) => Uri.EscapeDataString(segment);
}
