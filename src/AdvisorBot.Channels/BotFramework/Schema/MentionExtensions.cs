using System.Text.RegularExpressions;

namespace AdvisorBot.Channels.BotFramework.Schema;

public static partial class MentionExtensions
{
    /// <summary>
    /// The activity's text without the recipient's (the bot's) own @mention: the mention entity whose
    /// <c>mentioned.id</c> equals <c>recipient.id</c>. Other mentions stay. Whitespace is tidied.
    /// </summary>
    public static string TextWithoutRecipientMention(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId) || activity.Entities is null)
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            var mention = entity.AsMention();
            if (mention?.Mentioned?.Id != botId || string.IsNullOrEmpty(mention.Text))
            {
                continue;
            }

            text = text.Replace(mention.Text, " ", StringComparison.OrdinalIgnoreCase);
        }

        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
