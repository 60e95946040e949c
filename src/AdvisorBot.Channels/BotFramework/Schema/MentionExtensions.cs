using System.Text;

namespace AdvisorBot.Channels.BotFramework.Schema;

public static class MentionExtensions
{
    /// <summary>At most this many mention texts that are not Teams' &lt;at&gt;…&lt;/at&gt; markup are looked for.</summary>
    private const int MaxPlainMentionTexts = 4;

    /// <summary>
    /// The activity's text without the recipient's (the bot's) own @mention: the mention entity whose
    /// <c>mentioned.id</c> equals <c>recipient.id</c>. Other mentions stay. Whitespace is tidied. Linear in the
    /// text and the entities: the &lt;at&gt; spans are found in one pass and looked up in a set; entities of the wrong
    /// shape are skipped, never thrown on.
    /// </summary>
    public static string TextWithoutRecipientMention(this Activity activity)
    {
        var text = (activity.Text ?? string.Empty).Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase);
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId) || activity.Entities is not { Count: > 0 } entities)
        {
            return text.Trim();
        }

        var markup = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var plain = new List<string>();
        foreach (var entity in entities)
        {
            if (entity?.MentionTextFor(botId) is not { } mentionText)
            {
                continue;
            }

            if (IsMarkup(mentionText))
            {
                markup.Add(mentionText);
            }
            else if (plain.Count < MaxPlainMentionTexts && !plain.Contains(mentionText, StringComparer.OrdinalIgnoreCase))
            {
                plain.Add(mentionText);
            }
        }

        text = RemoveMarkup(text, markup);
        foreach (var mentionText in plain)
        {
            text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
        }

        return Tidy(text);
    }

    private static bool IsMarkup(string mentionText) =>
        mentionText.StartsWith("<at>", StringComparison.OrdinalIgnoreCase)
        && mentionText.EndsWith("</at>", StringComparison.OrdinalIgnoreCase)
        && mentionText.IndexOf("</at>", StringComparison.OrdinalIgnoreCase) == mentionText.Length - 5;

    /// <summary>Replaces each &lt;at&gt;…&lt;/at&gt; span that is one of <paramref name="mentions"/> by a space, in one pass.</summary>
    private static string RemoveMarkup(string text, HashSet<string> mentions)
    {
        if (mentions.Count == 0)
        {
            return text;
        }

        var lookup = mentions.GetAlternateLookup<ReadOnlySpan<char>>();
        var output = new StringBuilder(text.Length);
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf("<at>", position, StringComparison.OrdinalIgnoreCase);
            var close = open < 0 ? -1 : text.IndexOf("</at>", open + 4, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }

            var end = close + 5;
            output.Append(text, position, open - position);
            if (lookup.Contains(text.AsSpan(open, end - open)))
            {
                output.Append(' ');
            }
            else
            {
                output.Append(text, open, end - open);
            }

            position = end;
        }

        return output.Append(text, position, text.Length - position).ToString();
    }

    private static string Tidy(string text)
    {
        var output = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                output.Append(' ');
                space = false;
            }

            output.Append(c);
        }

        return output.ToString();
    }
}
