using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>Inbound activities as channels send them, and the POST that carries them.</summary>
public static class Activities
{
    private static long _ids = 1_700_000_000_000;

    /// <summary>A message with an id of its own, as channels send them (the bot skips a redelivered id).</summary>
    public static JsonObject Message(string text, string serviceUrl, string channelId = "msteams", string conversationId = "19:general@thread.skype;messageid=1") => new()
    {
        ["type"] = "message",
        ["id"] = Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user-ana", ["name"] = "Ana" },
        ["recipient"] = new JsonObject { ["id"] = "28:advisorbot", ["name"] = "AdvisorBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "channel", ["tenantId"] = "tenant-1" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-US",
    };

    public static HttpRequestMessage Post(JsonNode activity, string? token = null, string contentType = "application/json") =>
        Post(activity.ToJsonString(), token, contentType);

    public static HttpRequestMessage Post(string body, string? token = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
