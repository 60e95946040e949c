using System.Text.Json.Nodes;
using AdvisorBot.Core.Help;
using AdvisorBot.Core.Turns;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AdvisorBot.Web.Tests.RealClients;

/// <summary>
/// The bot against a Teams-like client nobody on the team wrote: the Microsoft 365 Agents Playground, talking to
/// the bot over real HTTP on loopback, answering the bot's Connector calls as Teams does.
/// </summary>
public sealed class AgentsPlaygroundTests : IAsyncLifetime
{
    private BotApplication _bot = null!;
    private AgentsPlayground _playground = null!;

    public async Task InitializeAsync()
    {
        _bot = new BotApplication();
        _bot.UseKestrel(0);
        _bot.StartServer();
        var address = _bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var endpoint = new Uri(new Uri(address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)), "/api/messages");
        _playground = await AgentsPlayground.StartAsync(endpoint);
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        _bot.Dispose();
    }

    [Fact]
    public async Task MessageSentThroughThePlayground_GetsTheBotsReplyOnItsStream()
    {
        var config = await _playground.ConfigAsync();
        var chat = config["personalChat"]!["id"]!.GetValue<string>();
        var user = config["currentUser"]!["id"]!.GetValue<string>();

        await _playground.SendMessageAsync(chat, user, "hello there");

        var replies = await _playground.WaitForMessagesAsync(m => Text(m).Contains("Commands:", StringComparison.Ordinal), 1, TimeSpan.FromSeconds(20));
        var reply = Assert.Single(replies);
        Assert.Contains("decide", Text(reply), StringComparison.Ordinal);
        Assert.Equal(config["bot"]!["id"]!.GetValue<string>(), reply["from"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Help_IsOneAdaptiveCard_AcceptedByThePlayground_AndOnItsStream()
    {
        var config = await _playground.ConfigAsync();
        var chat = config["personalChat"]!["id"]!.GetValue<string>();
        var user = config["currentUser"]!["id"]!.GetValue<string>();

        await _playground.SendMessageAsync(chat, user, "help");

        // Help is sent once: the card, not the same command list again as text.
        var cards = await _playground.WaitForMessagesAsync(m => CardOf(m) is not null, 1, TimeSpan.FromSeconds(20));
        var card = CardOf(Assert.Single(cards))!;
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        await _playground.SendMessageAsync(chat, user, "hello there"); // a text reply: once it is in, so is anything help sent
        await _playground.WaitForMessagesAsync(m => Text(m).Contains("Commands:", StringComparison.Ordinal), 1, TimeSpan.FromSeconds(20));
        Assert.Equal(2, _playground.BotMessages.Count);
        Assert.DoesNotContain(_playground.BotMessages, m => Text(m).Contains(TurnProcessor.ApologyText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InstallingTheBotInThePlayground_GetsItsWelcomeOnTheStream()
    {
        var config = await _playground.ConfigAsync();
        var chat = config["personalChat"]!["id"]!.GetValue<string>();

        // What the Playground's UI calls to install the app: it sends installationUpdate and conversationUpdate.
        var install = await _playground.Http.PostAsync($"_debug/conversation/{Uri.EscapeDataString(chat)}/installation", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        install.EnsureSuccessStatusCode();

        var welcome = await _playground.WaitForMessagesAsync(m => Text(m) == BotIntroduction.Welcome, 1, TimeSpan.FromSeconds(20));
        Assert.Single(welcome);
    }

    [Fact]
    public async Task ADecisionDrivenWithActionExecute_EndsInARecommendation_AndEveryAnsweredCardComesBackReadOnly()
    {
        var config = await _playground.ConfigAsync();
        var chat = config["personalChat"]!["id"]!.GetValue<string>();
        var user = config["currentUser"]!["id"]!.GetValue<string>();

        await _playground.SendMessageAsync(chat, user, "decide");
        var answered = 0;
        for (var seen = 1; answered < 40; seen++)
        {
            var cards = await _playground.WaitForMessagesAsync(m => CardOf(m) is not null, seen, TimeSpan.FromSeconds(20));
            Assert.True(cards.Count >= seen, $"no card #{seen} after {answered} answers");
            var message = cards[seen - 1];
            var card = CardOf(message)!;
            var json = card.ToJsonString();
            if (json.Contains("Recommendation: ", StringComparison.Ordinal))
            {
                break;
            }

            Assert.Contains("\"verb\":\"answer\"", json, StringComparison.Ordinal); // Teams gets Universal Actions
            var refreshed = await _playground.InvokeAsync(chat, user, Id(message), "answer", AnswerData(card));
            Assert.Equal("application/vnd.microsoft.card.adaptive", refreshed["type"]?.GetValue<string>());
            var readOnly = refreshed["value"]!.ToJsonString();
            Assert.Contains("Answered: ", readOnly, StringComparison.Ordinal);
            Assert.DoesNotContain("\"verb\":\"answer\"", readOnly, StringComparison.Ordinal);
            Assert.DoesNotContain("\"Input.", readOnly, StringComparison.Ordinal);
            Assert.DoesNotContain("\"verb\":\"command\"", readOnly, StringComparison.Ordinal);
            answered++;
        }

        Assert.True(answered >= 10, $"only {answered} questions answered before the recommendation");
        Assert.Contains(_playground.BotMessages, m => CardOf(m)?.ToJsonString().Contains("Recommendation: ", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(_playground.BotMessages, m => Text(m).Contains(TurnProcessor.ApologyText, StringComparison.Ordinal));
    }

    /// <summary>What clicking the question card sends: its first answer button's data, or its first list choice, or a note.</summary>
    private static JsonNode AnswerData(JsonNode card)
    {
        var nodes = Descendants(card).ToList();
        if (nodes.FirstOrDefault(n => n["type"]?.GetValue<string>() == "Action.Execute" && n["verb"]?.GetValue<string>() == "answer" && n["data"]?["choice"] is not null) is { } button)
        {
            return button["data"]!.DeepClone();
        }

        var submit = nodes.First(n => n["type"]?.GetValue<string>() == "Action.Execute" && n["verb"]?.GetValue<string>() == "answer")["data"]!.DeepClone();
        if (nodes.FirstOrDefault(n => n["type"]?.GetValue<string>() == "Input.ChoiceSet") is { } list)
        {
            submit["choice"] = list["choices"]![0]!["value"]!.GetValue<string>();
        }
        else
        {
            submit["note"] = "We already run Node.js services.";
        }

        return submit;
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject o => new[] { o }.Concat(o.Select(p => p.Value).SelectMany(Descendants)),
        JsonArray a => a.SelectMany(Descendants),
        _ => [],
    };

    private static string Id(JsonNode message) =>
        message["messageId"]?.GetValue<string>() ?? throw new InvalidOperationException("message without id: " + string.Join(",", message.AsObject().Select(p => p.Key)));

    private static string Text(JsonNode message) => message["text"]?.GetValue<string>() ?? string.Empty;

    private static JsonNode? CardOf(JsonNode message) =>
        message["attachments"]?.AsArray().FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"];
}
