namespace AdvisorBot.Core.Answers;

/// <summary>The kinds of message that are chat, not a question for the sources.</summary>
public enum SmallTalkKind
{
    None,
    Greeting,
    Thanks,
    Farewell,
    Acknowledgement,
    Fragment,
}

/// <summary>
/// Recognises small talk and fragments — greetings, thanks, "ok", a lone number or letter, emoji, punctuation — which
/// get a short friendly reply or a hint (greetings: the bot's introduction), never an answer from the index.
/// </summary>
public static class SmallTalk
{
    private static readonly Dictionary<string, SmallTalkKind> Phrases = Build(
        (SmallTalkKind.Greeting, ["hi", "hello", "hey", "hiya", "howdy", "yo", "sup", "morning", "good morning", "good afternoon", "good evening", "greetings", "hey there", "hi there", "hello there"]),
        (SmallTalkKind.Thanks, ["thanks", "thank you", "thx", "ty", "cheers", "thanks a lot", "many thanks", "much appreciated", "appreciated", "thank u", "tnx", "great thanks", "ok thanks", "ok thx"]),
        (SmallTalkKind.Farewell, ["bye", "goodbye", "bye bye", "see you", "see ya", "later", "cya", "good night", "gn", "brb", "ttyl"]),
        (SmallTalkKind.Acknowledgement, ["ok", "okay", "k", "kk", "okey", "cool", "great", "nice", "got it", "gotcha", "sure", "alright", "all right", "fine", "yes", "yeah", "yep", "yup", "no", "nope", "nah", "lol", "haha", "hah", "lmao", "wow", "hmm", "hm", "uh", "um", "oops", "sorry", "np", "no problem", "awesome", "perfect", "sounds good", "makes sense", "right", "indeed", "test", "testing", "ping", "hello world"]));

    private static readonly HashSet<string> Addressees = new(StringComparer.Ordinal) { "there", "bot", "advisorbot", "all", "team", "everyone", "folks", "guys", "again", "so", "much", "very" };

    public static SmallTalkKind Classify(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || !trimmed.Any(char.IsLetterOrDigit))
        {
            return SmallTalkKind.Fragment; // emoji, punctuation, nothing
        }

        // Slack-style emoji codes (":+1:", ":thumbsup:") and lone numbers or letters.
        var words = Words(trimmed);
        if (words.Count == 0 || words.All(w => w.All(char.IsDigit)) || (words.Count == 1 && words[0].Length == 1))
        {
            return SmallTalkKind.Fragment;
        }

        if (Phrases.TryGetValue(string.Join(' ', words), out var kind))
        {
            return kind;
        }

        // "hi there bot", "thanks so much", "ok cool": a known phrase followed or preceded only by filler or other small talk.
        var core = words.Where(w => !Addressees.Contains(w) && !w.All(char.IsDigit)).ToList();
        if (core.Count is > 0 and <= 3 && core.All(w => Phrases.ContainsKey(w)))
        {
            return Phrases[core[0]];
        }

        if (core.Count == 2 && Phrases.TryGetValue($"{core[0]} {core[1]}", out kind))
        {
            return kind;
        }

        // A short apology that is not a question ("sorry, wrong channel", "oops wrong thread").
        if (words.Count <= 4 && words[0] is "sorry" or "oops" or "whoops" && !trimmed.Contains('?', StringComparison.Ordinal))
        {
            return SmallTalkKind.Acknowledgement;
        }

        return SmallTalkKind.None;
    }

    public static bool IsSmallTalk(string text) => Classify(text) != SmallTalkKind.None;

    /// <summary>The short reply to small talk: friendly, and pointing at what the bot can do.</summary>
    public static string Reply(SmallTalkKind kind) => kind switch
    {
        SmallTalkKind.Thanks => "You're welcome! Ask me another question any time, or say \"decide\" to walk through a backend choice.",
        SmallTalkKind.Farewell => "Bye for now — I'll be here when the next design review needs me.",
        SmallTalkKind.Acknowledgement => "👍 Ask me about Node.js or Python backends, or say \"decide\" to start a decision. \"help\" lists everything.",
        SmallTalkKind.Fragment => "I didn't catch a question there. Ask me about Node.js or Python backends, say \"decide\" to start a decision, or \"help\" for everything I do.",
        _ => "Hi! I answer questions about Node.js and Python backends and guide decisions — say \"decide\" to start one, or \"help\" for more.",
    };

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var raw in text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.Length > 2 && raw[0] == ':' && raw[^1] == ':')
            {
                continue; // :emoji_code:
            }

            var word = new string([.. raw.Where(c => char.IsLetterOrDigit(c) || c == '\'')]).Trim('\'');
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }

    private static Dictionary<string, SmallTalkKind> Build(params (SmallTalkKind Kind, string[] Phrases)[] groups)
    {
        var map = new Dictionary<string, SmallTalkKind>(StringComparer.Ordinal);
        foreach (var (kind, phrases) in groups)
        {
            foreach (var phrase in phrases)
            {
                map[phrase] = kind;
            }
        }

        return map;
    }
}
