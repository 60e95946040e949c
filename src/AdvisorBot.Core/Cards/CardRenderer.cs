using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Core.Cards.Templating;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Core.Cards;

/// <summary>
/// Renders a template of the cards folder with data, for a host: Teams keeps Action.Execute (with its Action.Submit
/// fallback); Web Chat and the Emulator get the Action.Submit fallback in its place. A card over the size budget has
/// its longest texts shortened rather than failing.
/// </summary>
public sealed class CardRenderer(CardLibrary cards, IOptions<CardOptions> options)
{
    private const int ShortenedTextLength = 1000;

    public CardHost HostFor(string? channelId) => CardHosts.For(channelId, options.Value.Mode);

    public JsonObject Render(string template, object data, CardHost host)
    {
        var card = Expand(template, data, host);
        Budget(card, options.Value.MaxCardBytes);
        return card;
    }

    /// <summary>The rendered card as an attachment, serialised once (a card within the budget is not measured apart).</summary>
    public Attachment Attachment(string template, object data, CardHost host)
    {
        var card = Expand(template, data, host);
        var json = JsonSerializer.SerializeToUtf8Bytes(card);
        if (json.Length > options.Value.MaxCardBytes)
        {
            Budget(card, options.Value.MaxCardBytes);
            json = JsonSerializer.SerializeToUtf8Bytes(card);
        }

        return new Attachment
        {
            ContentType = Channels.BotFramework.Schema.Attachment.AdaptiveCardContentType,
            Content = JsonSerializer.Deserialize<JsonElement>(json),
        };
    }

    private JsonObject Expand(string template, object data, CardHost host)
    {
        var dataNode = JsonSerializer.SerializeToNode(data, data.GetType(), CardJson.Options);
        var card = (JsonObject)CardTemplate.Expand(cards.Get(template), dataNode);
        if (host != CardHost.Teams)
        {
            ReplaceExecuteWithFallback(card);
        }

        return card;
    }

    public static int Size(JsonNode card) => Encoding.UTF8.GetByteCount(card.ToJsonString());

    private static void ReplaceExecuteWithFallback(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is JsonObject child && child["type"]?.GetValue<string>() == "Action.Execute")
                    {
                        obj[key] = SubmitFor(child);
                    }

                    ReplaceExecuteWithFallback(obj[key]);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject child && child["type"]?.GetValue<string>() == "Action.Execute")
                    {
                        array[i] = SubmitFor(child);
                    }

                    ReplaceExecuteWithFallback(array[i]);
                }

                break;
        }
    }

    private static JsonObject SubmitFor(JsonObject execute) =>
        execute["fallback"] is JsonObject fallback
            ? (JsonObject)fallback.DeepClone()
            : new JsonObject { ["type"] = "Action.Submit", ["title"] = execute["title"]?.DeepClone(), ["data"] = execute["data"]?.DeepClone() };

    /// <summary>
    /// Fits the card into the budget: shortens the longest TextBlock texts, to ever shorter lengths; if that is not
    /// enough, drops trailing body elements and says so, rather than letting the channel refuse the card.
    /// </summary>
    private static void Budget(JsonObject card, int maxBytes)
    {
        if (Size(card) <= maxBytes)
        {
            return;
        }

        foreach (var limit in ShortenSteps)
        {
            while (Size(card) > maxBytes)
            {
                var longest = TextBlocks(card).OrderByDescending(t => t["text"]!.GetValue<string>().Length).FirstOrDefault();
                var text = longest?["text"]!.GetValue<string>();
                if (text is null || text.Length <= limit + 1)
                {
                    break;
                }

                longest!["text"] = text[..limit] + "…";
            }
        }

        if (Size(card) > maxBytes && card["body"] is JsonArray body)
        {
            while (Size(card) > maxBytes && body.Count > 1)
            {
                body.RemoveAt(body.Count - 1);
            }

            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "…more than fits in one card; ask for the full record.", ["isSubtle"] = true, ["wrap"] = true });
        }
    }

    private static readonly int[] ShortenSteps = [ShortenedTextLength, 500, 250, 120];

    private static IEnumerable<JsonObject> TextBlocks(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" && o["text"] is JsonValue => [o],
        JsonObject o => o.SelectMany(p => TextBlocks(p.Value)),
        JsonArray a => a.SelectMany(TextBlocks),
        _ => [],
    };
}

/// <summary>Card data is serialised in camelCase, like the templates' bindings.</summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
