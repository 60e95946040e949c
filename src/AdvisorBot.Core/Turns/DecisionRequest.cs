using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Turns;

/// <summary>
/// Plain-words ways into the decision. <see cref="AsksToDecide"/>: a request to run it ("can you help me decide
/// between node and python?", "ok let's run the decision"). <see cref="DescribesChoice"/>: a message about picking
/// a backend stack ("we need to pick a backend for our ML platform"), which earns an offer rather than a start.
/// </summary>
public static class DecisionRequest
{
    private static readonly string[] DecideWords = ["decide", "deciding", "decision", "choose", "choosing", "pick", "picking", "select", "selecting", "compare", "comparing"];
    private static readonly string[] RequestCues = ["help me", "help us", "let's", "lets", "let us", "can you", "could you", "would you", "i want to", "we want to", "i'd like to", "we'd like to", "start", "run", "begin", "walk me", "walk us", "guide"];
    private static readonly string[] StackWords = ["backend", "back end", "back-end", "stack", "server side", "server-side", "runtime", "framework", "api", "node", "nodejs", "node.js", "python", "django", "flask", "fastapi", "express", "fastify", "nestjs"];
    private static readonly string[] NeedCues = ["we need", "we have to", "we must", "need to", "have to", "trying to", "want to", "we're", "we are", "i'm", "i am", "should we", "which", "what"];

    public static bool AsksToDecide(string text)
    {
        var typed = Normalize(text);
        var mentionsDeciding = DecideWords.Any(w => Has(typed, w));
        if (!mentionsDeciding)
        {
            return false;
        }

        var namesTheChoice = (Has(typed, "node") || Has(typed, "nodejs") || Has(typed, "node.js")) && Has(typed, "python");
        var refersToTheDecision = Has(typed, "decision") || Has(typed, "decide");
        return RequestCues.Any(c => Has(typed, c)) && (namesTheChoice || refersToTheDecision || StackWords.Any(w => Has(typed, w)));
    }

    public static bool DescribesChoice(string text)
    {
        var typed = Normalize(text);
        return DecideWords.Any(w => Has(typed, w)) && StackWords.Any(w => Has(typed, w)) && NeedCues.Any(c => Has(typed, c));
    }

    private static string Normalize(string text) => " " + TextMatching.Normalize(text).Replace(". ", " ", StringComparison.Ordinal) + " ";

    private static bool Has(string typed, string words) => typed.Contains($" {words} ", StringComparison.Ordinal);
}
