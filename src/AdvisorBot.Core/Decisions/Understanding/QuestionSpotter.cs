namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Whether a reply asks something rather than answering: it ends with "?", or opens the way questions do ("what
/// is…", "how does…", "explain…"). Naming a choice does not make a question an answer ("what is PM2?").
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

    public static bool IsQuestion(ReplyText reply)
    {
        if (reply.Text.TrimEnd().EndsWith('?'))
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
}
