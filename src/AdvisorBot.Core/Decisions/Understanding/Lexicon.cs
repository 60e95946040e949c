namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// The words the reader knows before it knows any decision: negations, yes and no, hedges, doubt. Entries are in
/// the compact form of <see cref="Word"/> ("don't" → "dont"), phrases as space-separated compact words.
/// </summary>
public static class Lexicon
{
    /// <summary>
    /// Words that turn what follows (or, at the end of a clause, what came before) around. Verbs of getting rid of
    /// something ("drop", "kill", "retire") are among them, so a negated one keeps its thing: two negations reaching a
    /// name cancel ("one legacy monolith we can't kill yet", "we won't drop the gateway").
    /// </summary>
    public static readonly IReadOnlySet<string> Negations = new HashSet<string>(StringComparer.Ordinal)
    {
        "drop", "dropping", "kill", "killing", "retire", "retiring", "remove", "removing", "rid", "scrap", "scrapping",
        "ditching", "abandon", "abandoning", "sunset", "sunsetting",
        "no", "not", "never", "none", "nothing", "nobody", "neither", "nor", "without", "nope", "nah", "zero",
        "dont", "doesnt", "didnt", "wont", "isnt", "arent", "wasnt", "werent", "cant", "cannot", "couldnt",
        "wouldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint", "hardly", "barely", "unnecessary", "unneeded",
        "needless", "irrelevant", "skip", "skipping", "avoid", "avoiding", "forgo", "ditch", "exclude", "excluding",
        "against", "unlikely", "rarely", "seldom", ExcludingMark, "wo", // "wo" is "w/o"
    };

    /// <summary>
    /// What an excluding phrase ("rather than", "instead of") is read as: a negation of the names right after it, up to
    /// a subject ("rather than polling we push over websockets" negates polling only), and never an opening "no".
    /// </summary>
    public const string ExcludingMark = "xnot";

    /// <summary>Negations that reach only the words after them, unless they end the clause ("we can do without").</summary>
    public static readonly IReadOnlySet<string> ForwardOnly = new HashSet<string>(StringComparer.Ordinal) { "without", "wo", ExcludingMark };

    /// <summary>Where what an excluding phrase excludes ends: a new subject.</summary>
    public static readonly IReadOnlySet<string> Subjects = new HashSet<string>(StringComparer.Ordinal) { "we", "i", "they", "you", "he", "she", "were", "theyre", "im" };

    /// <summary>
    /// Words that start a clause of purpose or cause inside a clause ("so", "because"): a negation after one is about
    /// what is wanted or why, not the names before it.
    /// </summary>
    public static readonly IReadOnlySet<string> Purpose = new HashSet<string>(StringComparer.Ordinal)
    {
        "so", "because", "since", "cause", "cos", "coz", "otherwise", "lest", "unless", "until", "whenever",
    };

    /// <summary>
    /// A negation of a word of refusal, which says yes in understatement: "not opposed", "no objection". ("Don't
    /// mind" is left out: it also says "either way".)
    /// </summary>
    public static readonly IReadOnlyList<string> Litotes =
    [
        "not opposed", "not against", "not averse", "no objection", "no objections", "not object", "wouldnt object",
    ];

    /// <summary>Phrases with a negation word that negate nothing ("no doubt", "not only", "can't do without").</summary>
    public static readonly IReadOnlyList<string> NotNegating =
    [
        "no doubt", "without a doubt", "without doubt", "not only", "not just", "no matter", "no question",
        "cant live without", "cant do without", "cannot do without", "couldnt do without", "cant go without",
        "cannot live without", "not bad", "no problem", "not a problem", "no issue", "not an issue", "not optional",
        "isnt optional", "arent optional", "not negotiable", "isnt negotiable", "arent negotiable",
        .. Litotes,
    ];

    /// <summary>Phrases that say the user does not know: nothing in their clause is taken as an answer.</summary>
    public static readonly IReadOnlyList<string> Doubt =
    [
        "not sure", "unsure", "dont know", "do not know", "dunno", "no idea", "no clue", "not certain",
        "hard to say", "cant say", "it depends", "that depends", "undecided", "not decided", "havent decided", "tbd",
        "too early to tell", "no clue yet", "idk", "dont know yet", "havent settled", "not settled", "still deciding",
        "havent made up our minds", "not finalised", "not finalized",
    ];

    /// <summary>Words that make what a clause says hold only on a condition ("only if", "as long as"): see <see cref="Condition"/>.</summary>
    public static readonly IReadOnlyList<string> Conditions =
    [
        "if", "only if", "unless", "provided", "providing", "as long as", "so long as", "assuming", "on condition",
    ];

    /// <summary>
    /// Phrases with "if" that set no condition: amounts understated ("if any"), courtesies ("if that helps"), and a
    /// willingness that asks only for a reason ("if need be", "if that's what it takes"), which is a yes given readily.
    /// </summary>
    public static readonly IReadOnlyList<string> NotConditions =
    [
        "if any", "if anything", "if ever", "if at all", "if that helps", "if it helps", "if you ask me", "if that makes sense",
        "if im honest", "if im being honest", "if i am honest", "if need be", "if needed", "if necessary", "if required",
        "if theres a good reason", "if there is a good reason", "if theres a reason", "if there is a reason",
        "if thats what it takes", "if that is what it takes", "if it makes sense", "if its worth it", "if it is worth it",
        "if you recommend it", "if you think its best",
    ];

    /// <summary>A clause opening this way leaves the answer to something else ("depends on the vendor", "ask ops").</summary>
    public static readonly IReadOnlyList<string> Deferring =
    [
        "depends on", "depending on", "depends", "ask", "check", "check with", "check first", "double check", "confirm with", "find out",
        "run it by", "run that by", "look into it", "look into that",
    ];

    /// <summary>
    /// Words that may lead into a deferring phrase and still leave the answer to someone else: a subject and a verb of
    /// having to ("need to check with support", "we'd have to ask ops first", "let me find out").
    /// </summary>
    public static readonly IReadOnlySet<string> HavingTo = new HashSet<string>(StringComparer.Ordinal)
    {
        "i", "we", "id", "wed", "ill", "im", "were", "need", "needs", "to", "have", "has", "got", "gotta", "will", "must",
        "should", "would", "going", "gonna", "let", "me", "us", "lets", "first", "still",
    };

    /// <summary>
    /// After an opening "whatever" or "whoever", these leave the answer to someone else ("whatever the CTO decides"),
    /// where "whatever works" alone says any choice will do.
    /// </summary>
    public static readonly IReadOnlySet<string> Deciding = new HashSet<string>(StringComparer.Ordinal)
    {
        "says", "say", "decides", "decide", "thinks", "wants", "picks", "prefers", "recommends", "chooses", "likes", "suggests",
        "mandates", "mandate", "dictates", "requires", "approves", "allows", "permits", "standardises", "standardizes", "supports",
        "offers", "provides", "gives",
    };

    /// <summary>Words that only mark the start of a reply ("well, yes").</summary>
    public static readonly IReadOnlyList<string> Fillers =
    [
        "well", "um", "umm", "uh", "uhm", "hmm", "hm", "so", "honestly", "actually", "oh", "ah", "i think",
        "i guess", "id say", "i would say", "probably", "likely", "i believe", "ok so", "to be honest", "tbh",
    ];

    /// <summary>Fillers that soften a reply a little: still recorded, with less confidence.</summary>
    public static readonly IReadOnlySet<string> Softening = new HashSet<string>(StringComparer.Ordinal)
    {
        "i think", "i guess", "probably", "likely", "i believe", "id say", "i would say",
    };

    /// <summary>A reply (or its first clause) that starts this way says yes.</summary>
    public static readonly IReadOnlyList<string> Yes =
    [
        "yes", "yeah", "yep", "yup", "ya", "yea", "yah", "yess", "y", "sure", "ok", "okay", "correct",
        "definitely", "absolutely", "certainly", "of course", "indeed", "affirmative", "true", "right", "aye",
        "totally", "for sure", "i think so", "think so", "we do", "it does", "we will", "it will", "they do",
        "very much", "why not", "yes please", "we already do", "already do", "we do already", "it already does", "of course we do", "that we do", "most definitely",
        "already doing it", "already doing that", "already doing so", "were already doing it", "were already doing that",
        // Sworn or exclaimed: the oath only makes the answer stronger ("hell yes", "oh yeah").
        "hell yes", "hell yeah", "heck yes", "heck yeah", "god yes", "oh yes", "oh yeah", "oh yep", "oh definitely",
        "we are already doing it", "we are already doing that", "doing it already", "doing that already",
        "we already are", "already are",
        "without a doubt", "no doubt", "no problem", "not a problem", "happy to", "glad to", "fine by us", "fine with us",
    ];

    /// <summary>Yes and no words that count only as the whole first clause ("sure", but not "right now …").</summary>
    public static readonly IReadOnlySet<string> WholeClauseOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        "right", "true", "false", "ok", "okay", "sure", "correct", "indeed", "totally", "y", "n", "aye", "nay",
        "negative", "affirmative", "very much", "na",
    };

    /// <summary>A reply (or its first clause) that starts this way says no; checked before <see cref="Yes"/>.</summary>
    public static readonly IReadOnlyList<string> No =
    [
        "definitely not", "absolutely not", "certainly not", "of course not", "surely not", "not at all",
        "not really", "no way", "i dont think so", "dont think so", "i do not think so", "not yet", "not needed",
        "not necessary", "no need", "nope", "nah", "no", "n", "never", "negative", "none", "nay", "false",
        "hardly", "not", "we dont", "it doesnt", "it wont", "we wont", "they dont", "not much", "not really no",
        "not in the slightest", "no thanks", "no thank you", "na", "zero", "zilch", "nada", "none whatsoever",
        // Sworn or exclaimed: the oath only makes the answer stronger ("hell no", "god no").
        "hell no", "hell nah", "hell nope", "heck no", "heck nah", "god no", "good god no", "oh god no", "lord no", "oh no",
        "oh hell no", "oh heck no", "dear god no", "no no", "no no no",
        // Next to none: an amount understated to nothing says no ("few if any live features", "little if any admin").
        "few if any", "very few if any", "little if any", "very little if any", "next to none", "next to nothing",
        "almost none", "almost nothing", "virtually none", "virtually nothing", "hardly any", "barely any",
        // Nothing of the kind asked about: "nothing like that", "none of that", "nothing of the sort".
        "nothing like that", "nothing like it", "none of that", "nothing of the sort", "nothing of the kind",
        "nothing of that sort", "nothing of that kind",
    ];

    /// <summary>Words that may follow a bare yes or no without giving it a subject ("no, not right now, thanks").</summary>
    public static readonly IReadOnlySet<string> Trailing = new HashSet<string>(StringComparer.Ordinal)
    {
        "right", "now", "for", "at", "the", "moment", "yet", "thanks", "thank", "you", "really", "all", "currently",
        "today", "sorry", "i", "think", "guess", "so", "not", "no", "needed", "necessary", "either", "please",
    };

    /// <summary>Hedges that make a yes or no too unsure to record: the reader asks back.</summary>
    public static readonly IReadOnlyList<string> Hedges =
    [
        "maybe", "perhaps", "possibly", "might", "could be", "kind of", "sort of", "kinda", "sorta", "a bit",
        "a little", "somewhat", "partly", "eventually", "later", "in the future", "at some point", "one day",
        "nice to have", "would be nice", "down the line", "down the road", "someday",
    ];

    /// <summary>Hedges that, before a word of <see cref="Emphatic"/>, understate rather than doubt ("kinda the whole point").</summary>
    public static readonly IReadOnlySet<string> Understating = new HashSet<string>(StringComparer.Ordinal) { "kind of", "sort of", "kinda", "sorta" };

    /// <summary>Words of emphasis: what matters most.</summary>
    public static readonly IReadOnlyList<string> Emphatic =
    [
        "the whole point", "the point", "the main thing", "the core", "the heart", "essential", "critical", "crucial",
        "key", "vital", "a must", "core", "central", "mandatory", "everything", "the product", "the main feature",
    ];

    /// <summary>Hedges that leave a named choice unsure ("maybe microservices", "it might become central"): asked back.</summary>
    public static readonly IReadOnlyList<string> Unsure =
    [
        "maybe", "perhaps", "possibly", "might", "could be", "kind of", "sort of", "kinda", "sorta", "i suppose",
    ];

    /// <summary>Without a negation, these say a yes/no question's subject matters ("it's core").</summary>
    public static readonly IReadOnlySet<string> Affirming = new HashSet<string>(StringComparer.Ordinal)
    {
        "need", "needs", "needed", "want", "wants", "must", "require", "requires", "required", "essential", "core",
        "central", "critical", "crucial", "key", "important", "vital", "heavily", "lots", "plenty", "definitely",
        "absolutely", "mandatory", "necessary", "musthave", "love", "rely", "relies", "depend", "depends",
    };

    /// <summary>Words too common to tell one choice's label from another's.</summary>
    public static readonly IReadOnlySet<string> Stopwords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "of", "for", "to", "on", "in", "at", "by", "with", "from", "into", "over",
        "than", "then", "that", "this", "these", "those", "it", "its", "is", "are", "be", "been", "was", "were",
        "we", "our", "us", "you", "your", "they", "them", "their", "i", "me", "my", "mostly", "most", "many",
        "much", "more", "few", "some", "any", "other", "others", "eg", "ie", "like", "such", "as", "so", "very",
        "just", "only", "also", "first", "later", "out", "up", "down", "next", "can", "will", "would", "should",
        "could", "do", "does", "did", "have", "has", "had", "need", "needs", "needed", "want", "wants", "etc", "per", "each",
        "every", "all", "both", "either", "one", "two", "main", "lot", "lots", "enough", "yet", "use", "using",
        "run", "runs", "what", "which", "who", "how", "when", "where", "why", "not", "no",
    };

    /// <summary>Before a name, these say it alone is meant ("just the BFF").</summary>
    public static readonly IReadOnlySet<string> Sole = new HashSet<string>(StringComparer.Ordinal) { "just", "only", "solely", "purely" };

    /// <summary>Words that say several choices go together ("both X and Y").</summary>
    public static readonly IReadOnlySet<string> Together = new HashSet<string>(StringComparer.Ordinal)
    {
        "both", "and", "plus", "+", "also", "as well", "&", "together", "alongside", "combined", "mix", "mixed",
    };

    /// <summary>Labels of a choice that stands for "the others together" (a "Both" answer).</summary>
    public static readonly IReadOnlySet<string> Combination = new HashSet<string>(StringComparer.Ordinal)
    {
        "both", "both of them", "all", "all of them", "all of the above", "all three", "a mix", "mix",
    };

    /// <summary>A multiple-choice reply of this kind takes every choice.</summary>
    public static readonly IReadOnlySet<string> Everything = new HashSet<string>(StringComparer.Ordinal)
    {
        "all", "all of them", "all of the above", "everything", "every one", "each of them", "the lot", "all four",
        "all three", "all of it",
    };

    /// <summary>Phrases that turn the clause after them into a negation ("containers rather than PM2").</summary>
    public static readonly IReadOnlyList<string> ExcludingPhrases =
    [
        "rather than", "instead of", "as opposed to", "except for", "except", "apart from", "other than",
        "excluding", "but not", "not including", "anything but", "anything except", "moving away from",
        "move away from", "migrating away from", "migrating off", "moving off", "away from",
    ];
}
