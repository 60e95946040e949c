using System.Text.Json.Nodes;

namespace AdvisorBot.Channels.Slack;

/// <summary>
/// Renders an Adaptive Card (as sent to Web Chat: Action.Submit) as a Slack message in Block Kit: headers, sections,
/// fields, context and actions, inside every Block Kit limit, with all card text escaped for Slack.
/// </summary>
public static class BlockKitRenderer
{
    public static JsonObject Render(JsonObject card, string fallbackText)
    {
        var blocks = new List<JsonObject>();
        var actions = new List<JsonObject>();
        var answerTemplate = AnswerTemplate(card);
        foreach (var element in (card["body"] as JsonArray ?? []).OfType<JsonObject>())
        {
            Element(element, blocks, actions, answerTemplate);
        }

        actions.AddRange(Buttons(card["actions"] as JsonArray));
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i]["type"]?.GetValue<string>() == "button")
            {
                actions[i]["action_id"] = $"advisorbot-{i}";
            }
        }

        for (var i = 0; i < actions.Count; i += BlockKitLimits.ActionElements)
        {
            blocks.Add(ActionsBlock(actions.Skip(i).Take(BlockKitLimits.ActionElements)));
        }

        if (blocks.Count > BlockKitLimits.Blocks)
        {
            var dropped = blocks.Count - (BlockKitLimits.Blocks - 1);
            blocks = [.. blocks.Take(BlockKitLimits.Blocks - 1), Context($"…and {dropped} more blocks")];
        }

        return new JsonObject
        {
            ["text"] = SlackText.Cut(SlackText.Escape(fallbackText), BlockKitLimits.SectionText),
            ["blocks"] = new JsonArray([.. blocks]),
        };
    }

    /// <summary>The data of the card's "Answer" action (decision and question, no choice yet), for select options.</summary>
    private static JsonObject? AnswerTemplate(JsonNode? node) => node switch
    {
        JsonObject o when o["data"] is JsonObject d && d["advisorbot"]?.GetValue<string>() == "answer" && d["choice"] is null && d["note"] is null => d,
        JsonObject o => o.Select(p => AnswerTemplate(p.Value)).FirstOrDefault(t => t is not null),
        JsonArray a => a.Select(AnswerTemplate).FirstOrDefault(t => t is not null),
        _ => null,
    };

    private static string OptionValue(JsonObject? template, string choice)
    {
        if (template is null)
        {
            return SlackText.Cut(choice, 150);
        }

        var data = (JsonObject)template.DeepClone();
        data["choice"] = choice;
        var json = data.ToJsonString();
        return json.Length <= 150 ? json : SlackText.Cut(choice, 150);
    }

    private static void Element(JsonObject element, List<JsonObject> blocks, List<JsonObject> actions, JsonObject? answerTemplate)
    {
        switch (element["type"]?.GetValue<string>())
        {
            case "TextBlock":
                var text = element["text"]?.GetValue<string>() ?? string.Empty;
                if (text.Length == 0)
                {
                    break;
                }

                if (element["size"]?.GetValue<string>() is "Large" or "ExtraLarge")
                {
                    blocks.Add(new JsonObject
                    {
                        ["type"] = "header",
                        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = SlackText.Cut(SlackText.Escape(text), BlockKitLimits.HeaderText), ["emoji"] = true },
                    });
                }
                else if (element["isSubtle"]?.GetValue<bool>() == true || element["size"]?.GetValue<string>() == "Small")
                {
                    blocks.Add(Context(text));
                }
                else
                {
                    var bold = element["weight"]?.GetValue<string>() == "Bolder";
                    blocks.Add(Section(bold ? $"*{SlackText.Cut(SlackText.Escape(text), BlockKitLimits.SectionText - 2)}*" : SlackText.Escape(text)));
                }

                break;
            case "FactSet":
                var facts = (element["facts"] as JsonArray ?? []).OfType<JsonObject>()
                    .Select(f => Mrkdwn($"*{SlackText.Cut(SlackText.Escape(f["title"]?.GetValue<string>() ?? string.Empty), 200)}*\n{SlackText.Cut(SlackText.Escape(f["value"]?.GetValue<string>() ?? string.Empty), BlockKitLimits.FieldText - 210)}"))
                    .ToList();
                for (var i = 0; i < facts.Count; i += BlockKitLimits.Fields)
                {
                    blocks.Add(new JsonObject { ["type"] = "section", ["fields"] = new JsonArray([.. facts.Skip(i).Take(BlockKitLimits.Fields)]) });
                }

                break;
            case "ColumnSet":
                var cells = (element["columns"] as JsonArray ?? []).OfType<JsonObject>()
                    .SelectMany(c => (c["items"] as JsonArray ?? []).OfType<JsonObject>())
                    .Select(i => i["text"]?.GetValue<string>()).OfType<string>();
                blocks.Add(Section(SlackText.Escape(string.Join("  ", cells))));
                break;
            case "Container":
                foreach (var item in (element["items"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    Element(item, blocks, actions, answerTemplate);
                }

                break;
            case "ActionSet":
                actions.AddRange(Buttons(element["actions"] as JsonArray));
                break;
            case "Input.ChoiceSet":
                var options = (element["choices"] as JsonArray ?? []).OfType<JsonObject>().Take(BlockKitLimits.SelectOptions).Select(c => new JsonObject
                {
                    ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = SlackText.Cut(SlackText.Escape(c["title"]?.GetValue<string>() ?? "?"), BlockKitLimits.OptionText) },
                    ["value"] = OptionValue(answerTemplate, c["value"]?.GetValue<string>() ?? string.Empty),
                });
                actions.Add(new JsonObject
                {
                    ["type"] = element["isMultiSelect"]?.GetValue<bool>() == true ? "multi_static_select" : "static_select",
                    ["action_id"] = element["id"]?.GetValue<string>() ?? "choice",
                    ["placeholder"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Choose…" },
                    ["options"] = new JsonArray([.. options]),
                });
                break;
            case "Input.Text":
                blocks.Add(Context("Reply in this thread with your note."));
                break;
        }
    }

    private static IEnumerable<JsonObject> Buttons(JsonArray? actions) =>
        (actions ?? []).OfType<JsonObject>()
        .Where(a => a["type"]?.GetValue<string>() is not ("Action.ToggleVisibility" or "Action.ShowCard")) // Slack shows hidden details inline
        .Select((a, i) => new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = $"advisorbot-{i}",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = SlackText.Cut(SlackText.Escape(a["title"]?.GetValue<string>() ?? "OK"), BlockKitLimits.ButtonText), ["emoji"] = true },
            ["value"] = SlackText.Cut(a["data"]?.ToJsonString() ?? "{}", BlockKitLimits.ButtonValue),
        });

    private static JsonObject ActionsBlock(IEnumerable<JsonObject> elements) =>
        new() { ["type"] = "actions", ["elements"] = new JsonArray([.. elements]) };

    private static JsonObject Section(string mrkdwn) =>
        new() { ["type"] = "section", ["text"] = Mrkdwn(SlackText.Cut(mrkdwn, BlockKitLimits.SectionText)) };

    private static JsonObject Context(string text) =>
        new() { ["type"] = "context", ["elements"] = new JsonArray(Mrkdwn(SlackText.Cut(SlackText.Escape(text), BlockKitLimits.SectionText))) };

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };
}
