namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Whether a reply asks something rather than answering: it ends with "?", opens the way questions do ("what
/// is…", "how does…", "explain…"), or opens with a question of its own before saying more ("do interns count? we
/// have three"). Naming a choice does not make a question an answer ("what is PM2?").
/// </summary>
public static class QuestionSpotter
{
    private static readonly string[] Openings =
    [
        "what", "whats", "why", "how", "which", "who", "whom", "whose", "where", "explain", "define", "describe",
        "tell me", "can you", "could you", "would you", "will you", "do you", "does", "did you", "is it", "is that",
        "is there", "are there", "are you", "should we", "should i", "what about", "meaning of", "difference between",
        "isnt", "doesnt", "wouldnt", "arent",
    ];

    /// <summary>Openings that read as answers though they start like questions.</summary>
    private static readonly string[] Answers = ["how about", "why not", "what we need", "what matters", "which is why", "does not matter", "doesnt matter", "who cares", "whatever"];

    /// <summary>Words that open a question asked back before the answer ("do we count …?", "is that …?").</summary>
    private static readonly string[] Asking =
    [
        "do", "does", "did", "is", "are", "was", "were", "am", "can", "could", "should", "would", "will", "shall", "has", "have",
        "may",
    ];

    /// <summary>What a question asked before the answer may open with: a question's opening or an asking verb.</summary>
    private static readonly string[] AskingFirst = [.. Openings, .. Asking];

    public static bool IsQuestion(ReplyText reply)
    {
        if (reply.Text.TrimEnd().EndsWith('?'))
        {
            return true;
        }

        // "does staging count? we have two clusters": a question of its own first, then what the user knows; the
        // question is answered before any of it is taken.
        if (Asked(reply.Text).FirstOrDefault() is { } first && Words.Of(first) is { Count: >= 2 } opening
            && Phrases.LongestAt(opening, 0, AskingFirst) is not null && Phrases.LongestAt(opening, 0, Answers) is null)
        {
            return true;
        }

        var words = reply.AllWords;
        if (words.Count < 2 || Phrases.LongestAt(words, 0, Answers) is not null)
        {
            return false;
        }

        return Phrases.LongestAt(words, 0, Openings) is not null;
    }

    /// <summary>The parts of a reply that end in "?" ("python?" of "python? js? not sure"), each without its mark.</summary>
    public static IEnumerable<string> Asked(string text)
    {
        var from = 0;
        for (var at = text.IndexOf('?', StringComparison.Ordinal); at >= 0; at = text.IndexOf('?', from))
        {
            var part = text[from..at];
            var start = part.LastIndexOfAny(['.', '!', '\n']) + 1;
            yield return part[start..].Trim();
            from = at + 1;
        }
    }
}
