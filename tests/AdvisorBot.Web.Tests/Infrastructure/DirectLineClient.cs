using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>A plain Direct Line 3.0 client over real HTTP and WebSockets, written from the protocol, for the protocol tests.</summary>
public sealed class DirectLineClient(HttpClient http)
{
    public const string Route = "/v3/directline";

    public HttpClient Http => http;

    public static HttpRequestMessage Request(HttpMethod method, string path, string? bearer, object? body = null)
    {
        var request = new HttpRequestMessage(method, Route + path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null) =>
        await http.SendAsync(Request(method, path, bearer, body));

    public async Task<JsonObject> StartAsync(string? bearer = null, string userId = "ana")
    {
        var response = await SendAsync(HttpMethod.Post, "/conversations", bearer, new { user = new { id = userId, name = "Ana" } });
        Assert.True(response.IsSuccessStatusCode, $"start: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static object Message(string text, string clientActivityId, string userId = "ana") => new
    {
        type = "message",
        text,
        from = new { id = userId, name = "Ana", role = "user" },
        channelData = new { clientActivityID = clientActivityId },
        channelId = "webchat",
    };

    public async Task<string> PostAsync(string conversationId, string token, object activity)
    {
        var response = await SendAsync(HttpMethod.Post, $"/conversations/{conversationId}/activities", token, activity);
        Assert.True(response.IsSuccessStatusCode, $"post: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public async Task<JsonObject> ActivitiesAsync(string conversationId, string token, string? watermark = null)
    {
        var response = await SendAsync(HttpMethod.Get, $"/conversations/{conversationId}/activities" + (watermark is null ? string.Empty : $"?watermark={watermark}"), token);
        Assert.True(response.IsSuccessStatusCode, $"get activities: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static IReadOnlyList<string> Ids(JsonObject activitySet) =>
        [.. activitySet["activities"]!.AsArray().Select(a => a!["id"]!.GetValue<string>())];

    /// <summary>Reads ActivitySet frames from a stream until <paramref name="done"/> holds for what was read; returns them and the last watermark.</summary>
    public static async Task<(List<JsonObject> Activities, string? Watermark)> ReadFramesAsync(ClientWebSocket socket, Func<List<JsonObject>, bool> done, TimeSpan timeout)
    {
        var activities = new List<JsonObject>();
        string? watermark = null;
        using var cts = new CancellationTokenSource(timeout);
        var buffer = new byte[64 * 1024];
        while (!done(activities))
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cts.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            var set = JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
            activities.AddRange(set["activities"]!.AsArray().Select(a => a!.AsObject()));
            watermark = set["watermark"]?.GetValue<string>();
        }

        return (activities, watermark);
    }
}
