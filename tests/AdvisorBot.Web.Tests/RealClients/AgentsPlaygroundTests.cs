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
    public async Task ReplyWithTextAndAnAdaptiveCard_IsAcceptedByThePlayground_AndReachesItsStream()
    {
        var config = await _playground.ConfigAsync();
        var chat = config["personalChat"]!["id"]!.GetValue<string>();
        var user = config["currentUser"]!["id"]!.GetValue<string>();

        await _playground.SendMessageAsync(chat, user, "help");

        // Teams (and the playground) split text plus attachment into two messages and answer the send with an empty 202.
        var cards = await _playground.WaitForMessagesAsync(m => CardOf(m) is not null, 1, TimeSpan.FromSeconds(20));
        var card = CardOf(Assert.Single(cards))!;
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        var texts = await _playground.WaitForMessagesAsync(m => Text(m).Contains("Commands:", StringComparison.Ordinal), 1, TimeSpan.FromSeconds(5));
        Assert.Single(texts);
        Assert.DoesNotContain(_playground.BotMessages, m => Text(m).Contains(TurnProcessor.ApologyText, StringComparison.Ordinal));
        Assert.Contains("\"response\":{\"statusCode\":202}", await File.ReadAllTextAsync(_playground.LogFile), StringComparison.Ordinal);
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

    private static string Text(JsonNode message) => message["text"]?.GetValue<string>() ?? string.Empty;

    private static JsonNode? CardOf(JsonNode message) =>
        message["attachments"]?.AsArray().FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"];
}
