using System.Globalization;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Choices given by their numbers on the card: "2", "option 2", "#2", "the second one"; for multiple choice a list
/// such as "1, 3" or "1 and 3". Null when the reply is not made of numbers alone.
/// </summary>
public static class ChoiceNumbers
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "option", "options", "number", "numbers", "choice", "choices", "answer", "the", "one", "and", "&", "#", "no", "nr", "num", "plus", "also",
    };

    /// <summary>The numbers (1-based) the reply consists of, or null if it has any other word.</summary>
    public static IReadOnlyList<int>? Read(ReplyText reply)
    {
        var numbers = new List<int>();
        foreach (var word in reply.AllWords)
        {
            if (Number(word.Compact) is { } number)
            {
                numbers.Add(number);
            }
            else if (!Filler.Contains(word.Compact))
            {
                return null;
            }
        }

        // "no" is filler only in "no. 2": a reply of "no" alone is not a number.
        return numbers.Count > 0 ? numbers : null;
    }

    private static int? Number(string word)
    {
        if (int.TryParse(word.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var ordinal = Array.IndexOf(Ordinals, word);
        if (ordinal >= 0)
        {
            return ordinal + 1;
        }

        return word.Length >= 3 && word[^2..] is "st" or "nd" or "rd" or "th"
            && int.TryParse(word[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
