using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using static AdvisorBot.Channels.Slack.SlackJson;

namespace AdvisorBot.Channels.Slack;

/// <summary>
/// Reads Slack's three request kinds into <see cref="SlackWork"/> plus the id that makes a delivery unique. Fields of
/// an unexpected shape read as absent, so an odd payload is ignored rather than thrown on.
/// </summary>
public static partial class SlackRequests
{
    /// <summary>An Events API callback: app_mention in channels, message.im in DMs; bot messages (ours too) are ignored.</summary>
    public static (string Id, SlackWork Work)? FromEvent(JsonObject envelope)
    {
        if (envelope["event"] is not JsonObject e || Text(envelope, "event_id") is not { Length: > 0 } eventId)
        {
            return null;
        }

        var type = Text(e, "type");
        var botUser = Text(envelope, "authorizations", "0", "user_id");
        var user = Text(e, "user");
        if (e["bot_id"] is not null || e["subtype"] is not null || user is null || user == botUser)
        {
            return null;
        }

        var isDirect = type == "message" && Text(e, "channel_type") == "im";
        if ((type != "app_mention" && !isDirect) || Text(e, "channel") is not { Length: > 0 } channel)
        {
            return null;
        }

        var text = Mention().Replace(Text(e, "text") ?? string.Empty, " ").Trim();
        return (eventId, new SlackWork(SlackWork.Event, channel, isDirect, user, user,
            text, Text(e, "ts"), Text(e, "thread_ts"), null, null, null));
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
        if (Text(payload, "type") != "block_actions" || At(payload, "actions", "0") is not JsonObject action)
        {
            return null;
        }

        var value = Text(action, "value") ?? Text(action, "selected_option", "value") ?? MergeSelected(action["selected_options"] as JsonArray);
        if (ParseObject(value) is null)
        {
            return null;
        }

        var channel = Text(payload, "channel", "id") ?? Text(payload, "container", "channel_id") ?? string.Empty;
        var user = Text(payload, "user", "id") ?? string.Empty;
        var name = Text(payload, "user", "name") ?? Text(payload, "user", "username") ?? user;
        var messageTs = Text(payload, "message", "ts") ?? Text(payload, "container", "message_ts");
        var thread = Text(payload, "message", "thread_ts") ?? messageTs;
        var id = $"action:{Text(payload, "trigger_id")}:{Text(action, "action_ts")}:{user}";
        return (id, new SlackWork(SlackWork.Action, channel, channel.StartsWith('D'), user, name, string.Empty, messageTs, thread,
            Text(payload, "response_url"), value, messageTs));
    }

    /// <summary>A multi-select sends several options, each carrying the answer data with one choice: merge the choices.</summary>
    private static string? MergeSelected(JsonArray? options)
    {
        var values = options?.Select(o => ParseObject(Text(o, "value"))).OfType<JsonObject>().ToList();
        if (values is null || values.Count == 0)
        {
            return null;
        }

        var merged = (JsonObject)values[0].DeepClone();
        merged["choice"] = string.Join(',', values.Select(v => Text(v, "choice")).OfType<string>());
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
