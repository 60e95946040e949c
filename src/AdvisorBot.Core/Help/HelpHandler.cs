using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Cards;

namespace AdvisorBot.Core.Help;

/// <summary>
/// Answers "help" with the command list as text plus the help card, and any other message with a short note of
/// what the bot does and its commands.
/// </summary>
public sealed class HelpHandler(CardLibrary cards)
{
    public const string CardName = "help";

    public Task HandleMessageAsync(TurnContext turn, CancellationToken ct)
    {
        var asksForHelp = IsHelp(turn.Text);
        var reply = turn.Activity.CreateReply(asksForHelp
            ? $"{BotIntroduction.Summary}\n\n{BotIntroduction.CommandList()}"
            : $"{BotIntroduction.NotUnderstood}\n\n{BotIntroduction.CommandList()}");
        if (asksForHelp)
        {
            reply.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = cards.Get(CardName) }];
        }

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
