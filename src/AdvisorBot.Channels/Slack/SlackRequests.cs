using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AdvisorBot.Channels.Slack;

/// <summary>Reads Slack's three request kinds into <see cref="SlackWork"/> plus the id that makes a delivery unique.</summary>
public static partial class SlackRequests
{
    /// <summary>An Events API callback: app_mention in channels, message.im in DMs; bot messages (ours too) are ignored.</summary>
    public static (string Id, SlackWork Work)? FromEvent(JsonObject envelope)
    {
        if (envelope["event"] is not JsonObject e || envelope["event_id"]?.GetValue<string>() is not { } eventId)
        {
            return null;
        }

        var type = e["type"]?.GetValue<string>();
        var botUser = (envelope["authorizations"] as JsonArray)?.FirstOrDefault()?["user_id"]?.GetValue<string>();
        var user = e["user"]?.GetValue<string>();
        if (e["bot_id"] is not null || e["subtype"] is not null || user is null || user == botUser)
        {
            return null;
        }

        var isDirect = type == "message" && e["channel_type"]?.GetValue<string>() == "im";
        if (type != "app_mention" && !isDirect)
        {
            return null;
        }

        var text = Mention().Replace(e["text"]?.GetValue<string>() ?? string.Empty, " ").Trim();
        return (eventId, new SlackWork(SlackWork.Event, e["channel"]?.GetValue<string>() ?? string.Empty, isDirect, user, user,
            text, e["ts"]?.GetValue<string>(), e["thread_ts"]?.GetValue<string>(), null, null, null));
    }

    /// <summary>A slash command (/advisor decide|ask|summary|help), form-encoded.</summary>
    public static (string Id, SlackWork Work) FromCommand(IReadOnlyDictionary<string, string> form)
    {
        string Get(string key) => form.TryGetValue(key, out var v) ? v : string.Empty;
        var channel = Get("channel_id");
        var id = $"command:{Get("trigger_id")}:{Get("user_id")}:{channel}";
        return (id, new SlackWork(SlackWork.Command, channel, channel.StartsWith('D'), Get("user_id"), Get("user_name"),
            Get("text").Trim(), null, null, Get("response_url"), null, null));
    }

    /// <summary>block_actions from one of the bot's messages: the button's value, or the selected option(s).</summary>
    public static (string Id, SlackWork Work)? FromInteraction(JsonObject payload)
    {
        if (payload["type"]?.GetValue<string>() != "block_actions" || (payload["actions"] as JsonArray)?.FirstOrDefault() is not JsonObject action)
        {
            return null;
        }

        var value = action["value"]?.GetValue<string>()
            ?? action["selected_option"]?["value"]?.GetValue<string>()
            ?? MergeSelected(action["selected_options"] as JsonArray);
        if (value is null)
        {
            return null;
        }

        var message = payload["message"] as JsonObject;
        var channel = payload["channel"]?["id"]?.GetValue<string>() ?? payload["container"]?["channel_id"]?.GetValue<string>() ?? string.Empty;
        var user = payload["user"]?["id"]?.GetValue<string>() ?? string.Empty;
        var name = payload["user"]?["name"]?.GetValue<string>() ?? payload["user"]?["username"]?.GetValue<string>() ?? user;
        var messageTs = message?["ts"]?.GetValue<string>() ?? payload["container"]?["message_ts"]?.GetValue<string>();
        var thread = message?["thread_ts"]?.GetValue<string>() ?? messageTs;
        var id = $"action:{payload["trigger_id"]?.GetValue<string>()}:{action["action_ts"]?.GetValue<string>()}:{user}";
        return (id, new SlackWork(SlackWork.Action, channel, channel.StartsWith('D'), user, name, string.Empty, messageTs, thread,
            payload["response_url"]?.GetValue<string>(), value, messageTs));
    }

    /// <summary>A multi-select sends several options, each carrying the answer data with one choice: merge the choices.</summary>
    private static string? MergeSelected(JsonArray? options)
    {
        var values = options?.Select(o => o?["value"]?.GetValue<string>()).OfType<string>().Select(v => JsonNode.Parse(v) as JsonObject).OfType<JsonObject>().ToList();
        if (values is null || values.Count == 0)
        {
            return null;
        }

        var merged = (JsonObject)values[0].DeepClone();
        merged["choice"] = string.Join(',', values.Select(v => v["choice"]?.GetValue<string>()).OfType<string>());
        return merged.ToJsonString();
    }

    public static JsonObject? ParseJson(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex Mention();
}
