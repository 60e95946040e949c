using System.Text.Json.Nodes;

namespace AdvisorBot.Web.Tests.Fuzz;

/// <summary>Well-formed requests of every kind the bot reads, which the fuzzer then mutates.</summary>
public static class FuzzSeeds
{
    private static long _ids;

    public const string Json = "application/json";
    public const string Form = "application/x-www-form-urlencoded";

    /// <summary>Each seed: its name, the path, the content type and a fresh document (a form is a JSON object of fields).</summary>
    public static IReadOnlyList<(string Name, string Path, string ContentType, Func<JsonObject> Create)> All(string connectorUrl) =>
    [
        ("mention", "/api/messages", Json, () => Message("<at>AdvisorBot</at> help", connectorUrl, expectReplies: true, Mention())),
        ("decide", "/api/messages", Json, () => Message("decide", connectorUrl, expectReplies: true)),
        ("ask", "/api/messages", Json, () => Message("what is the GIL?", connectorUrl, expectReplies: true)),
        ("delivered", "/api/messages", Json, () => Message("<at>AdvisorBot</at> status", connectorUrl, expectReplies: false, Mention())),
        ("undeliverable", "/api/messages", Json, () => Message("help", "http://127.0.0.1:1/", expectReplies: false)),
        ("submit", "/api/messages", Json, () => Submit(connectorUrl)),
        ("invoke", "/api/messages", Json, () => Invoke(connectorUrl, "answer")),
        ("invoke-help", "/api/messages", Json, () => Invoke(connectorUrl, "help")),
        ("welcome", "/api/messages", Json, () => Welcome(connectorUrl)),
        ("slack-event", "/api/slack/events", Json, SlackEvent),
        ("slack-verification", "/api/slack/events", Json, () => new JsonObject { ["type"] = "url_verification", ["token"] = "t", ["challenge"] = "abc123" }),
        ("slack-command", "/api/slack/commands", Form, SlackCommand),
        ("slack-action", "/api/slack/interactivity", Form, SlackAction),
    ];

    private static JsonObject Mention() => new()
    {
        ["type"] = "mention",
        ["mentioned"] = new JsonObject { ["id"] = "28:advisorbot", ["name"] = "AdvisorBot" },
        ["text"] = "<at>AdvisorBot</at>",
    };

    private static JsonObject Message(string text, string serviceUrl, bool expectReplies, params JsonObject[] entities)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"fuzz-{Interlocked.Increment(ref _ids)}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = "29:user-ana", ["name"] = "Ana", ["aadObjectId"] = "aad-ana" },
            ["recipient"] = new JsonObject { ["id"] = "28:advisorbot", ["name"] = "AdvisorBot" },
            ["conversation"] = new JsonObject { ["id"] = "19:fuzz@thread.tacv2;messageid=1", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" }, ["team"] = new JsonObject { ["id"] = "team-1" } },
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = "en-US",
            ["timestamp"] = "2026-12-01T10:00:00.000Z",
            ["entities"] = new JsonArray([.. entities]),
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    private static JsonObject Submit(string serviceUrl)
    {
        var activity = Message(string.Empty, serviceUrl, expectReplies: true);
        activity["value"] = new JsonObject { ["advisorbot"] = "command", ["command"] = "decide" };
        return activity;
    }

    private static JsonObject Invoke(string serviceUrl, string verb)
    {
        var activity = Message(string.Empty, serviceUrl, expectReplies: false);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = verb,
                ["data"] = new JsonObject { ["advisorbot"] = "answer", ["decision"] = "node-or-python", ["question"] = "team-experience", ["choice"] = "1" },
            },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private static JsonObject Welcome(string serviceUrl)
    {
        var activity = Message(string.Empty, serviceUrl, expectReplies: true);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:advisorbot" }, new JsonObject { ["id"] = "29:user-ana" });
        return activity;
    }

    private static JsonObject SlackEvent() => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = "T0TEAM",
        ["event_id"] = $"Ev0FUZZ{Interlocked.Increment(ref _ids)}",
        ["authorizations"] = new JsonArray(new JsonObject { ["user_id"] = "U0BOT" }),
        ["event"] = new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = "U0ANA",
            ["text"] = "<@U0BOT> help",
            ["channel"] = "C0FUZZ",
            ["ts"] = "1700000100.000100",
        },
    };

    private static JsonObject SlackCommand() => new()
    {
        ["command"] = "/advisor",
        ["text"] = "help",
        ["user_id"] = "U0ANA",
        ["user_name"] = "ana",
        ["channel_id"] = "C0FUZZ",
        ["trigger_id"] = "trigger-1",
        ["response_url"] = "http://127.0.0.1:1/respond",
    };

    private static JsonObject SlackAction() => new()
    {
        ["payload"] = new JsonObject
        {
            ["type"] = "block_actions",
            ["trigger_id"] = "trigger-2",
            ["user"] = new JsonObject { ["id"] = "U0ANA", ["name"] = "ana" },
            ["channel"] = new JsonObject { ["id"] = "C0FUZZ" },
            ["message"] = new JsonObject { ["ts"] = "1700000100.000200" },
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = "a1",
                ["action_ts"] = "1700000101.000000",
                ["value"] = """{"advisorbot":"answer","decision":"node-or-python","question":"team-experience","choice":"1"}""",
                ["selected_options"] = new JsonArray(new JsonObject { ["value"] = """{"advisorbot":"answer","choice":"2"}""" }),
            }),
        },
    };
}
