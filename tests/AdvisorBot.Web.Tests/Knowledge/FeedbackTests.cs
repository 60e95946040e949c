using System.Text.Json;
using AdvisorBot.Core.Answers;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AdvisorBot.Web.Tests.Knowledge;

/// <summary>"Was this helpful" is recorded against the answer it is about, in the state store.</summary>
public sealed class FeedbackTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task HelpfulAndNotHelpful_AreStoredWithTheAnswersSource()
    {
        using var bot = new BotApplication();
        var client = await bot.CreateReadyClientAsync();

        await SayAsync(client, "what is the GIL?");
        await SayAsync(client, "helpful");
        await SayAsync(client, "How many requests per second can FastAPI handle?");
        await SayAsync(client, "not helpful");

        var feedback = await ReadFeedbackAsync(bot.DataPath);
        Assert.Equal(2, feedback.Count);
        var gil = Assert.Single(feedback, f => f.Question == "what is the GIL?");
        Assert.True(gil.Helpful);
        Assert.StartsWith("faq.md#", gil.SourceId, StringComparison.Ordinal);
        Assert.True(gil.Confidence >= 0.55, $"confidence {gil.Confidence}");
        Assert.False(Assert.Single(feedback, f => f.Question == "How many requests per second can FastAPI handle?").Helpful);
    }

    private static async Task SayAsync(HttpClient client, string text)
    {
        var activity = Activities.Message(text, "http://127.0.0.1:9/", conversationId: "a:feedback");
        activity["conversation"]!["conversationType"] = "personal";
        activity["deliveryMode"] = "expectReplies";
        var response = await client.SendAsync(Activities.Post(activity));
        response.EnsureSuccessStatusCode();
    }

    private static async Task<List<AnswerFeedback>> ReadFeedbackAsync(string dataPath)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataPath, "advisorbot.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM state WHERE key LIKE 'feedback/%'";
        var list = new List<AnswerFeedback>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add(JsonSerializer.Deserialize<AnswerFeedback>(reader.GetString(0), Json)!);
        }

        return list;
    }
}
