using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.Hosting;

/// <summary>A decision under way survives a restart of the host: the same pending question is asked again.</summary>
public sealed class DialogRestartTests
{
    [Fact]
    public async Task AfterAHostRestart_TheSamePendingQuestionIsAskedAgain()
    {
        var dataPath = BotApplication.NewDataPath();
        try
        {
            string pendingBefore;
            using (var first = new BotApplication(new() { ["Cards:Mode"] = "text" }, dataPath: dataPath))
            {
                var client = first.CreateClient();
                await SayAsync(client, "decide");
                await SayAsync(client, "1");
                await SayAsync(client, "yes");
                pendingBefore = QuestionLines(await SayAsync(client, "4"));
                Assert.Contains("How central are data science", pendingBefore, StringComparison.Ordinal);
            }

            using var second = new BotApplication(new() { ["Cards:Mode"] = "text" }, dataPath: dataPath);
            var restarted = second.CreateClient();
            var status = await SayAsync(restarted, "status");
            var reprompt = await SayAsync(restarted, "purple elephants");

            Assert.Equal(pendingBefore, QuestionLines(status));
            Assert.Equal(pendingBefore, QuestionLines(reprompt));
            Assert.Contains("Which languages does the team", await SayAsync(restarted, "none"), StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    /// <summary>The question block of a reply: from "Question n of m" on.</summary>
    private static string QuestionLines(string reply) => reply[reply.IndexOf("Question ", StringComparison.Ordinal)..];

    private static async Task<string> SayAsync(HttpClient client, string text)
    {
        var activity = Activities.Message(text, "http://127.0.0.1:9/", conversationId: "a:restart");
        activity["conversation"]!["conversationType"] = "personal";
        activity["deliveryMode"] = "expectReplies";
        var response = await client.SendAsync(Activities.Post(activity));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return string.Join("\n", body["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>()));
    }
}
