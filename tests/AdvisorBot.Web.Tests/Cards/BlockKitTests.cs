using System.Text.Json.Nodes;
using AdvisorBot.Channels.Slack;
using AdvisorBot.Core.Cards;

namespace AdvisorBot.Web.Tests.Cards;

/// <summary>The same cards rendered for Slack: inside every Block Kit limit, and user text can never mention or link.</summary>
public sealed class BlockKitTests
{
    public static IEnumerable<(string Name, JsonObject Message)> Messages() =>
        CardSamples.All().Select(s => (s.Name, BlockKitRenderer.Render(CardRenderingTests.Renderer.Render(s.Template, s.Data, CardHost.WebChat), $"{s.Name} {CardSamples.Nasty}")));

    [Fact]
    public void EveryRendering_StaysInsideEverySlackLimit()
    {
        foreach (var (name, message) in Messages())
        {
            AssertWithinLimits(name, message);
        }
    }

    /// <summary>Fails unless a Slack message (text plus blocks) respects every Block Kit limit.</summary>
    internal static void AssertWithinLimits(string name, JsonNode message)
    {
        {
            Assert.True(message["blocks"] is null || message["blocks"] is JsonArray, $"{name}: blocks must be a list");
            if (message["blocks"] is null)
            {
                Assert.True(Text(message).Length <= 40_000, $"{name}: text too long");
                return;
            }

            var blocks = message["blocks"]!.AsArray().Select(b => b!.AsObject()).ToList();
            Assert.True(blocks.Count is > 0 and <= BlockKitLimits.Blocks, $"{name}: {blocks.Count} blocks");
            foreach (var block in blocks)
            {
                switch (block["type"]!.GetValue<string>())
                {
                    case "header":
                        Assert.True(Text(block["text"]).Length <= BlockKitLimits.HeaderText, $"{name}: header too long");
                        break;
                    case "section":
                        Assert.True(block["text"] is null || Text(block["text"]).Length <= BlockKitLimits.SectionText, $"{name}: section text too long");
                        var fields = block["fields"]?.AsArray() ?? [];
                        Assert.True(fields.Count <= BlockKitLimits.Fields, $"{name}: {fields.Count} fields");
                        Assert.All(fields, f => Assert.True(Text(f).Length <= BlockKitLimits.FieldText, $"{name}: field too long"));
                        break;
                    case "context":
                        Assert.True(block["elements"]!.AsArray().Count <= BlockKitLimits.ContextElements);
                        Assert.All(block["elements"]!.AsArray(), e => Assert.True(Text(e).Length <= BlockKitLimits.SectionText));
                        break;
                    case "actions":
                        var elements = block["elements"]!.AsArray().Select(e => e!.AsObject()).ToList();
                        Assert.True(elements.Count <= BlockKitLimits.ActionElements, $"{name}: {elements.Count} action elements");
                        Assert.Equal(elements.Count, elements.Select(e => e["action_id"]!.GetValue<string>()).Distinct().Count());
                        foreach (var element in elements)
                        {
                            Assert.True(element["action_id"]!.GetValue<string>().Length <= BlockKitLimits.ActionId);
                            if (element["type"]!.GetValue<string>() == "button")
                            {
                                Assert.True(Text(element["text"]).Length <= BlockKitLimits.ButtonText, $"{name}: button text too long");
                                Assert.True(element["value"]!.GetValue<string>().Length <= BlockKitLimits.ButtonValue);
                            }
                            else
                            {
                                var options = element["options"]!.AsArray();
                                Assert.True(options.Count <= BlockKitLimits.SelectOptions);
                                Assert.All(options, o => Assert.True(Text(o!["text"]).Length <= BlockKitLimits.OptionText));
                            }
                        }

                        break;
                    default:
                        Assert.Fail($"{name}: unexpected block type {block["type"]}");
                        break;
                }
            }
        }
    }

    [Fact]
    public void UserText_CanNeverProduceAMentionABroadcastOrALink()
    {
        foreach (var (name, message) in Messages().Where(m => m.Name.Contains("extreme", StringComparison.Ordinal)))
        {
            // Everything Slack displays (every "text"); button values are opaque payloads Slack never renders.
            var json = string.Join("\n", VisibleTexts(message));
            Assert.DoesNotContain("<!channel>", json, StringComparison.Ordinal);
            Assert.DoesNotContain("<@U123>", json, StringComparison.Ordinal);
            Assert.DoesNotContain("<http", json, StringComparison.Ordinal);
            Assert.DoesNotContain("http://evil", json, StringComparison.Ordinal);
            Assert.DoesNotContain("@here", json, StringComparison.Ordinal);
            Assert.Contains("&lt;!channel&gt;", json, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("<!channel> ship it", "&lt;!channel&gt; ship it")]
    [InlineData("ping <@U024BE7LH>", "ping &lt;@U024BE7LH&gt;")]
    [InlineData("<https://evil.example|docs>", "&lt;https:\u200B//evil.example|docs&gt;")]
    [InlineData("see https://evil.example now", "see https:\u200B//evil.example now")]
    [InlineData("www.evil.example", "www\u200B.evil.example")]
    [InlineData("@channel @here @everyone", "@\u200Bchannel @\u200Bhere @\u200Beveryone")]
    [InlineData("a & b", "a &amp; b")]
    public void SlackText_Escape_DefusesMarkup(string input, string expected)
    {
        Assert.Equal(expected, SlackText.Escape(input));
    }

    private static IEnumerable<string> VisibleTexts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "text" && p.Value is JsonValue v ? [v.GetValue<string>()] : VisibleTexts(p.Value)),
        JsonArray a => a.SelectMany(VisibleTexts),
        _ => [],
    };

    private static string Text(JsonNode? node) => node?["text"]?.GetValue<string>() ?? string.Empty;
}
