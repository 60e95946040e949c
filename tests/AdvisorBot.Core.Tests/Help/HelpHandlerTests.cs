using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Help;
using AdvisorBot.Core.Tests.Fakes;

namespace AdvisorBot.Core.Tests.Help;

public sealed class HelpHandlerTests : IDisposable
{
    private readonly CancellationToken _ct = CancellationToken.None;
    private readonly CardFolder _cards = new(("help.json", CardFolder.HelpCard));
    private readonly HelpHandler _handler;

    public HelpHandlerTests() => _handler = new HelpHandler(_cards.Load(), Microsoft.Extensions.Options.Options.Create(new CardOptions()));

    public void Dispose() => _cards.Dispose();

    [Theory]
    [InlineData("help")]
    [InlineData("Help?")]
    [InlineData("  HELP  ")]
    [InlineData("commands")]
    [InlineData("what can you do?")]
    public void Help_IsReadAsTheHelpCommand(string text)
    {
        var intent = AdvisorBot.Core.Turns.IntentReader.Read(Activities.Message(text), text, decisionUnderWay: false);

        Assert.Equal(AdvisorBot.Core.Turns.IntentKind.Command, intent.Kind);
        Assert.Equal(AdvisorBot.Core.Decisions.Sessions.DialogCommandKind.Help, intent.Command.Kind);
    }

    [Fact]
    public async Task SendHelpAsync_SendsTheHelpCardOnce_WithoutTheSameListAsText()
    {
        var (turn, transport) = Activities.Turn(Activities.Message("help"));

        await _handler.SendHelpAsync(turn, _ct);

        var reply = Assert.Single(transport.Activities);
        Assert.Null(reply.Text);
        Assert.Equal(BotIntroduction.Summary, reply.Summary);
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        Assert.Equal("AdaptiveCard", card.Content!.Value.GetProperty("type").GetString());
        Assert.Equal("AdvisorBot help", card.Content.Value.GetProperty("body")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task SendHelpAsync_AfterTheBotsMention_SendsTheHelpCard()
    {
        var activity = Activities.Message("<at>AdvisorBot</at> help");
        activity.Entities =
        [
            new Entity
            {
                Type = "mention",
                Properties = new()
                {
                    ["text"] = JsonSerializer.SerializeToElement("<at>AdvisorBot</at>"),
                    ["mentioned"] = JsonSerializer.SerializeToElement(new { id = Activities.BotId }),
                },
            },
        ];
        var (turn, transport) = Activities.Turn(activity);

        Assert.Equal(AdvisorBot.Core.Decisions.Sessions.DialogCommandKind.Help, AdvisorBot.Core.Turns.IntentReader.Read(turn.Activity, turn.Text, false).Command.Kind);
        await _handler.SendHelpAsync(turn, _ct);

        Assert.Single(Assert.Single(transport.Activities).Attachments!);
    }

    [Fact]
    public async Task SendHelpAsync_OnAChannelWithoutCards_SendsTheCommandListAsText()
    {
        var activity = Activities.Message("help");
        activity.ChannelId = "sms";
        var (turn, transport) = Activities.Turn(activity);

        await _handler.SendHelpAsync(turn, _ct);

        var reply = Assert.Single(transport.Activities);
        Assert.Null(reply.Attachments);
        Assert.StartsWith(BotIntroduction.Summary, reply.Text, StringComparison.Ordinal);
        Assert.Contains(BotIntroduction.CommandList(), reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("purple elephants")]
    [InlineData("helpful")]
    [InlineData("")]
    public async Task IntroduceAsync_SendsTextOnlyListingTheCommands(string text)
    {
        var (turn, transport) = Activities.Turn(Activities.Message(text));

        await _handler.IntroduceAsync(turn, _ct);

        var reply = Assert.Single(transport.Activities);
        Assert.Null(reply.Attachments);
        Assert.StartsWith(BotIntroduction.NotUnderstood, reply.Text, StringComparison.Ordinal);
        foreach (var (command, _) in BotIntroduction.Commands)
        {
            Assert.Contains($"- {command}:", reply.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HandleCardActionAsync_HelpVerb_AnswersWithTheHelpCard()
    {
        var (turn, _) = Activities.Turn(Activities.Invoke(CardAction.InvokeName, new { action = new { type = "Action.Execute", verb = "help" } }));

        var response = await _handler.HandleCardActionAsync(turn, _ct);

        Assert.Equal(200, response!.Status);
        var body = JsonSerializer.SerializeToElement(response.Body, BotJson.Options);
        Assert.Equal(Attachment.AdaptiveCardContentType, body.GetProperty("type").GetString());
        Assert.Equal("AdaptiveCard", body.GetProperty("value").GetProperty("type").GetString());
    }

    [Fact]
    public async Task HandleCardActionAsync_UnknownVerb_Answers400NamingTheVerb()
    {
        var (turn, _) = Activities.Turn(Activities.Invoke(CardAction.InvokeName, new { action = new { type = "Action.Execute", verb = "launch" } }));

        var response = await _handler.HandleCardActionAsync(turn, _ct);

        Assert.Equal(400, response!.Status);
        var error = JsonSerializer.SerializeToElement(response.Body, BotJson.Options).GetProperty("value");
        Assert.Equal("NotSupported", error.GetProperty("code").GetString());
        Assert.Contains("'launch'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
