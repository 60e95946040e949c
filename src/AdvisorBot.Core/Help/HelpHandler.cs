using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Cards;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Core.Help;

/// <summary>
/// Answers "help" once: with the help card where the channel renders cards, with the command list as text elsewhere;
/// and any other message with a short note of what the bot does and its commands.
/// </summary>
public sealed class HelpHandler(CardLibrary cards, IOptions<CardOptions> options)
{
    public const string CardName = "help";

    public Task HandleMessageAsync(TurnContext turn, CancellationToken ct)
    {
        var asksForHelp = IsHelp(turn.Text);
        if (asksForHelp && CardHosts.For(turn.Activity.ChannelId, options.Value.Mode) != CardHost.None)
        {
            var card = turn.Activity.CreateReply();
            card.Summary = BotIntroduction.Summary;
            card.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = cards.Get(CardName) }];
            return turn.SendActivityAsync(card, ct);
        }

        var reply = turn.Activity.CreateReply(asksForHelp
            ? $"{BotIntroduction.Summary}\n\n{BotIntroduction.CommandList()}"
            : $"{BotIntroduction.NotUnderstood}\n\n{BotIntroduction.CommandList()}");
        return turn.SendActivityAsync(reply, ct);
    }

    public Task<InvokeResponse?> HandleCardActionAsync(TurnContext turn, CancellationToken ct)
    {
        var verb = CardAction.Verb(turn.Activity);
        InvokeResponse response = string.Equals(verb, CardName, StringComparison.OrdinalIgnoreCase)
            ? CardAction.CardResponse(cards.Get(CardName))
            : CardAction.ErrorResponse(400, "NotSupported", $"I don't know the card action '{verb}'.");
        return Task.FromResult<InvokeResponse?>(response);
    }

    private static bool IsHelp(string text) =>
        text.Trim().TrimEnd('?', '!', '.').ToLowerInvariant() is "help" or "?" or "commands" or "what can you do";
}
