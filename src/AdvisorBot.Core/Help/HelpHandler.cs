using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Cards;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Core.Help;

/// <summary>
/// "help": the help card where the channel renders cards, the command list as text elsewhere; and a greeting or a
/// turn the bot cannot act on: a short note of what the bot does and its commands.
/// </summary>
public sealed class HelpHandler(CardLibrary cards, IOptions<CardOptions> options)
{
    public const string CardName = "help";

    /// <summary>"help": the help card where the channel renders cards, the command list as text elsewhere.</summary>
    public Task SendHelpAsync(TurnContext turn, CancellationToken ct)
    {
        if (CardHosts.For(turn.Activity.ChannelId, options.Value.Mode) != CardHost.None)
        {
            var card = turn.Activity.CreateReply();
            card.Summary = BotIntroduction.Summary;
            card.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = cards.Get(CardName) }];
            return turn.SendActivityAsync(card, ct);
        }

        return turn.SendActivityAsync(turn.Activity.CreateReply($"{BotIntroduction.Summary}\n\n{BotIntroduction.CommandList()}"), ct);
    }

    /// <summary>A greeting, or anything the bot cannot act on: a short note of what the bot does and its commands.</summary>
    public Task IntroduceAsync(TurnContext turn, CancellationToken ct) =>
        turn.SendActivityAsync(turn.Activity.CreateReply($"{BotIntroduction.NotUnderstood}\n\n{BotIntroduction.CommandList()}"), ct);

    public Task<InvokeResponse?> HandleCardActionAsync(TurnContext turn, CancellationToken ct)
    {
        var verb = CardAction.Verb(turn.Activity);
        InvokeResponse response = string.Equals(verb, CardName, StringComparison.OrdinalIgnoreCase)
            ? CardAction.CardResponse(cards.Get(CardName))
            : CardAction.ErrorResponse(400, "NotSupported", $"I don't know the card action '{verb}'.");
        return Task.FromResult<InvokeResponse?>(response);
    }
}
