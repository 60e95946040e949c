using System.Text.Json.Nodes;
using AdvisorBot.Knowledge.Embeddings;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Web.Tests.Knowledge;

/// <summary>With the embedding model unavailable the bot still starts, answers by words, and says so once in the log and in /readyz.</summary>
public sealed class ModelUnavailableTests
{
    [Fact]
    public async Task ModelLoadFailure_BotAnswersLexically_AndSaysSoOnceInTheLogAndInReadyz()
    {
        var log = new CollectingLoggerProvider();
        using var bot = new BotApplication(
            new() { ["Knowledge:IndexPath"] = Path.Combine(BotApplication.NewDataPath(), "index") },
            services: s =>
            {
                s.AddSingleton<IEmbedderLoader>(new FailingLoader());
                s.AddSingleton<ILoggerProvider>(log);
            });
        var client = await bot.CreateReadyClientAsync();

        var ready = JsonNode.Parse(await client.GetStringAsync("/readyz"))!;
        var first = await AskAsync(client, "What is the GIL and why does it matter?");
        var second = await AskAsync(client, "How does Node.js handle concurrency?");

        Assert.Contains("answering lexically", ready["checks"]!["knowledge-index"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Source:", first, StringComparison.Ordinal);
        Assert.Contains("Source:", second, StringComparison.Ordinal);
        Assert.Single(log.Lines, l => l.Message.Contains("embedding model could not be loaded", StringComparison.Ordinal));
    }

    private static async Task<string> AskAsync(HttpClient client, string text)
    {
        var activity = Activities.Message(text, "http://127.0.0.1:9/", channelId: "test", conversationId: "a:lexical");
        activity["conversation"]!["conversationType"] = "personal";
        activity["deliveryMode"] = "expectReplies";
        var response = await client.SendAsync(Activities.Post(activity));
        response.EnsureSuccessStatusCode();
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        return string.Join("\n", replies.Select(r => r?["text"]?.GetValue<string>()));
    }

    private sealed class FailingLoader : IEmbedderLoader
    {
        public ITextEmbedder Load() => throw new FileNotFoundException("model.onnx is missing from the package");
    }
}
