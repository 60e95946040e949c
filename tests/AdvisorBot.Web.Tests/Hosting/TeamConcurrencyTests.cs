using System.Net;
using System.Text.Json.Nodes;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AdvisorBot.Web.Tests.Hosting;

/// <summary>Two people answering the same question at the same moment, through the host and a real SQLite file.</summary>
public sealed class TeamConcurrencyTests
{
    [Fact]
    public async Task SimultaneousAnswers_AreBothKept()
    {
        using var bot = new BotApplication();
        var client = bot.CreateClient();
        var store = bot.Services.GetRequiredService<IStateStore>();

        for (var round = 0; round < 10; round++)
        {
            var channel = $"19:race-{round}@thread.skype";
            await SayAsync(client, channel, "Ana", "decide");
            await SayAsync(client, channel, "Ana", "1");

            // Ana, Ben and Cy answer the second question at once: three writers race for the same session.
            var answers = await Task.WhenAll(SayAsync(client, channel, "Ana", "yes"), SayAsync(client, channel, "Ben", "no"), SayAsync(client, channel, "Cy", "no"));

            Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
            var (session, _) = await store.ReadAsync<DialogSession>($"dialog/msteams/{channel}", CancellationToken.None);
            var realtime = session!.Answers.Where(a => a.QuestionId == "realtime").ToList();
            Assert.True(realtime.Count == 3, $"round {round}: " + System.Text.Json.JsonSerializer.Serialize(session));
            Assert.Equal(["29:ana", "29:ben", "29:cy"], realtime.Select(a => a.MemberId).Order(StringComparer.Ordinal));
            Assert.Equal(["no", "no", "yes"], realtime.Select(a => a.Choices.Single()).Order(StringComparer.Ordinal));
        }
    }

    private static async Task<HttpStatusCode> SayAsync(HttpClient client, string channel, string user, string text)
    {
        var activity = Activities.Message(text, "http://127.0.0.1:9/", conversationId: channel);
        activity["from"] = new JsonObject { ["id"] = $"29:{user.ToLowerInvariant()}", ["name"] = user };
        activity["conversation"]!["isGroup"] = true;
        activity["deliveryMode"] = "expectReplies";
        var response = await client.SendAsync(Activities.Post(activity));
        return response.StatusCode;
    }
}
