using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Help;

namespace AdvisorBot.Core.Conversations;

/// <summary>When the bot itself is added to a conversation, it introduces itself once, briefly.</summary>
public static class WelcomeHandler
{
    public static Task HandleAsync(TurnContext turn, CancellationToken ct)
    {
        var botId = turn.Activity.Recipient?.Id;
        var botAdded = botId is not null && turn.Activity.MembersAdded?.Any(m => m.Id == botId) == true;
        return botAdded ? turn.SendActivityAsync(BotIntroduction.Welcome, ct) : Task.CompletedTask;
    }
}
