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
        var text = (activity.Text ?? string.Empty).Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase);
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId) || activity.Entities is null)
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            var mention = entity.AsMention();
            if (mention?.Mentioned?.Id != botId)
            {
                continue;
            }

            // Some clients send the entity without its text: the mention then reads "<at>Name</at>".
            var mentionText = !string.IsNullOrEmpty(mention.Text) ? mention.Text
                : !string.IsNullOrEmpty(mention.Mentioned.Name) ? $"<at>{mention.Mentioned.Name}</at>"
                : null;
            if (mentionText is not null)
            {
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
