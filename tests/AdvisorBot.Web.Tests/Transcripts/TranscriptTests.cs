using System.Net;
using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Transcripts;

/// <summary>Runs every conversation transcript through the real host, message by message, with expectReplies.</summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts"), "*.transcript").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Transcript_PlaysOutAsWritten(string file)
    {
        var transcript = Transcript.Load(Path.Combine(AppContext.BaseDirectory, "Transcripts", file));
        // Transcripts read the plain-text rendering; the card rendering has its own tests.
        using var bot = new BotApplication(new() { ["Cards:Mode"] = "text" });
        var client = await bot.CreateReadyClientAsync();

        foreach (var step in transcript.Steps)
        {
            var reply = await SendAsync(client, transcript, step);
            var text = string.Join("\n---\n", reply.Select(a => a["text"]?.GetValue<string>() ?? string.Empty));
            foreach (var (line, expected) in step.MustContain)
            {
                Assert.True(text.Contains(expected, StringComparison.Ordinal), $"{file}:{line}: the reply lacks \"{expected}\". The reply was:\n{text}");
            }

            foreach (var (line, unexpected) in step.MustNotContain)
            {
                Assert.False(text.Contains(unexpected, StringComparison.Ordinal), $"{file}:{line}: the reply has \"{unexpected}\". The reply was:\n{text}");
            }

            var buttons = reply.SelectMany(a => a["suggestedActions"]?["actions"]?.AsArray() ?? []).Select(b => b!["title"]!.GetValue<string>()).ToList();
            foreach (var (line, title) in step.Buttons)
            {
                Assert.True(buttons.Contains(title), $"{file}:{line}: no button \"{title}\" (buttons: {string.Join(" | ", buttons)})");
            }
        }
    }

    private static async Task<List<JsonNode>> SendAsync(HttpClient client, Transcript transcript, TranscriptStep step)
    {
        var channel = transcript.ConversationType == "channel";
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"line-{step.Line}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = $"29:{step.User.ToLowerInvariant()}", ["name"] = step.User },
            ["recipient"] = new JsonObject { ["id"] = "28:advisorbot", ["name"] = "AdvisorBot" },
            ["conversation"] = new JsonObject
            {
                ["id"] = channel ? "19:review@thread.skype" : $"a:{transcript.Name}",
                ["conversationType"] = channel ? "channel" : "personal",
                ["isGroup"] = channel,
            },
        };
        if (step.Text is not null)
        {
            activity["text"] = channel ? $"<at>AdvisorBot</at> {step.Text}" : step.Text;
            if (channel)
            {
                activity["entities"] = new JsonArray(new JsonObject
                {
                    ["type"] = "mention",
                    ["text"] = "<at>AdvisorBot</at>",
                    ["mentioned"] = new JsonObject { ["id"] = "28:advisorbot", ["name"] = "AdvisorBot" },
                });
            }
        }
        else
        {
            activity["value"] = JsonNode.Parse(step.SubmitJson!);
            activity["channelData"] = new JsonObject { ["postBack"] = true };
        }

        var response = await client.SendAsync(Activities.Post(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return [.. body["activities"]!.AsArray().Select(a => a!)];
    }
}
