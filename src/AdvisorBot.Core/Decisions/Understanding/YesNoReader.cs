using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Reads a reply to a yes/no question. Polarity decides first: an opening "yes", "yep, …", "no", "nope, …", "not
/// really" (or, with none, a closing one: "… so ya", "…, no") settles it unless a later clause says the opposite about
/// the question's own subject (then it asks). With no opening word, the question's synonyms decide by whether a
/// negation reaches them ("we don't need an admin" is no; a synonym never outweighs its negation, and a subject both
/// named and negated is asked back), then a bare negation ("we don't") or a word such as "core". A hedge ("maybe
/// later") or a clause of doubt ("not sure, …", which opens with no answer though it starts with "not") makes any
/// reading too unsure to record. A negated refusal ("not opposed", "no objection") is a yes in understatement, never
/// a no.
/// </summary>
public static class YesNoReader
{
    private const double Hedged = 0.6;

    private enum Polarity
    {
        Yes,
        No,
    }

    public static Understood Read(Question question, ReplyText reply, WordEvidence evidence)
    {
        var yes = question.FindChoice("yes") ?? question.Choices[0];
        var no = question.FindChoice("no") ?? question.Choices[^1];
        var (lead, leadWords, softened) = Lead(reply);
        if (lead is null)
        {
            (lead, leadWords) = Closing(reply);
        }

        var score = (Choice c) => evidence.Scores.FirstOrDefault(s => s.Choice.Id == c.Id);
        if (Camps.Split(reply) || Parts.GoBothWays(reply))
        {
            // "the seniors want it, the juniors don't", "some pages do, most don't": each part has its own answer.
            return Ask(lead ?? Polarity.Yes, yes, no, "parts of the team or the work going their own ways");
        }

        if (EndsBothWays(reply))
        {
            // "the API yes, the admin no": a yes for one part of the question and a no for another say neither.
            return Ask(lead ?? Polarity.Yes, yes, no, "a yes and a no at the ends of two clauses");
        }

        // A subject both named and negated ("only email notifications, nothing live") says neither on its own.
        var mixed = new[] { yes, no }.Any(c => score(c) is { For: > 0, Against: > 0 });
        var saysYes = !mixed && (score(yes) is { Positive: true, Strong: true } || score(no) is { Excluded: true });
        var saysNo = !mixed && (score(no) is { Positive: true, Strong: true } || score(yes) is { Excluded: true });
        var words = string.Join(", ", new[] { leadWords }.Concat(evidence.Scores.Select(s => s.Words)).OfType<string>().Where(w => w.Length > 0));

        Polarity? polarity;
        double confidence;
        if (lead is { } said)
        {
            // After an opening "no", the question's subject may be named to explain it ("nope, we already have our own
            // admin"): that contradicts the no only where a clause says it is needed ("no, we need an admin") or
            // negates the no's own words.
            var affirmedYes = evidence.Clauses.Any(c => c.Affirming && c.Mentions.Any(m => m.Choice.Id == yes.Id && !m.Negated));
            var againstNo = score(no) is { Excluded: true } || (score(yes) is { Positive: true, Strong: true } && affirmedYes);
            var contradicted = (said == Polarity.Yes ? saysNo : againstNo) || SaysAlso(reply, said == Polarity.Yes ? Lexicon.No : Lexicon.Yes);
            if (contradicted)
            {
                return Ask(said, yes, no, words);
            }

            (polarity, confidence) = (said, 0.95);
        }
        else if (saysYes != saysNo)
        {
            (polarity, confidence) = (saysYes ? Polarity.Yes : Polarity.No, 0.9);
        }
        else if (saysYes || mixed)
        {
            return Ask(Polarity.Yes, yes, no, words);
        }
        else
        {
            var bareNo = evidence.Clauses.Any(c => c.BareNegation);
            // "we're not averse to it" says yes as a clause that needs it does, though later in the sentence.
            var affirmed = evidence.Clauses.Any(c => c.Affirming) || reply.Clauses.Any(c => Lexicon.Litotes.Any(l => Phrases.Find(c.Words, l).Any()));
            if (bareNo == affirmed)
            {
                return bareNo
                    ? Ask(Polarity.No, yes, no, words)
                    : new Understood.NotUnderstood("neither yes nor no, and no word of the question");
            }

            (polarity, confidence) = bareNo ? (Polarity.No, 0.85) : (Polarity.Yes, 0.8);
            words = bareNo ? "a negation" : "a word saying it matters";
        }

        if (softened)
        {
            confidence -= 0.1;
        }

        // "not really. maybe some emails but nothing live": a no said outright and again of the subject itself is not
        // unsettled by a hedge on an aside that names none of the question's words.
        var saidTwice = lead == Polarity.No && score(yes) is { Excluded: true };
        var doubted = saidTwice ? evidence.Clauses.Any(c => c.Mentions.Count > 0 && Doubted(c.Clause.Words)) : Doubted(reply.AllWords);
        // A clause of doubt beside the answer ("not sure, we might need one") leaves the rest a guess: asked back.
        if (doubted || Conditional(reply) || reply.Clauses.Any(c => c.Doubtful))
        {
            confidence = Math.Min(confidence, Hedged);
        }

        var choice = polarity == Polarity.Yes ? yes : no;
        return confidence >= Understood.RecordThreshold
            ? new Understood.Recorded(AnswerValue.OfChoice(choice.Id), confidence, $"{words} → {choice.Label}")
            : Ask(polarity!.Value, yes, no, words);
    }

    /// <summary>
    /// Whether the reply says its yes or no only on a condition ("sure, as long as it stays cheap", "only if the pilot
    /// works"), or a negation sits after "otherwise" ("… otherwise we wouldn't"): it says what would be, not what is,
    /// so the reply is asked back.
    /// </summary>
    private static bool Conditional(ReplyText reply) =>
        reply.Clauses.Any(c => Condition.In(c)
            || Enumerable.Range(0, c.Words.Count).Any(i => c.IsNegation(i) && c.Words.Take(i).Any(w => w.Compact == "otherwise")));

    /// <summary>
    /// Whether a hedge leaves the reply unsure. Understatement is not doubt: "kind of" or "kinda" right before a word
    /// of emphasis ("kinda the whole point", "sort of essential") stresses it.
    /// </summary>
    private static bool Doubted(IReadOnlyList<Word> words) =>
        Lexicon.Hedges.Any(h => Phrases.Find(words, h).Any(at =>
            !(Lexicon.Understating.Contains(h) && Phrases.LongestAt(words, at + Phrases.Length(h), Lexicon.Emphatic) is not null)));

    /// <summary>The yes or no a reply opens with, after fillers such as "well" or "I think".</summary>
    private static (Polarity? Polarity, string? Words, bool Softened) Lead(ReplyText reply)
    {
        if (reply.Clauses.Count == 0)
        {
            return (null, null, false);
        }

        var first = reply.Clauses[0];
        var at = 0;
        var softened = false;
        while (at < first.Words.Count && Phrases.LongestAt(first.Words, at, Lexicon.Fillers) is { } filler)
        {
            softened |= Lexicon.Softening.Contains(filler);
            at += Phrases.Length(filler);
        }

        // Fillers may be a clause of their own: "well, no".
        var clause = at == first.Words.Count && reply.Clauses.Count > 1 ? reply.Clauses[1] : first;
        at = clause == first ? at : 0;
        if (clause.Doubtful)
        {
            return (null, null, softened); // "not sure, …": a clause of doubt opens with no answer, though its first word is "not".
        }

        if (Phrases.LongestAt(clause.Words, at, Lexicon.Litotes) is { } understated)
        {
            // "not opposed": the negation is of a refusal, so the reply opens with a yes, said softly.
            return (Polarity.Yes, $"\"{string.Join(' ', clause.Words.Skip(at).Take(Phrases.Length(understated)).Select(w => w.Text))}\"", true);
        }

        var phrase = Phrases.LongestAt(clause.Words, at, Lexicon.No.Concat(Lexicon.Yes));
        if (phrase is null || (Lexicon.WholeClauseOnly.Contains(phrase) && at + Phrases.Length(phrase) != clause.Words.Count))
        {
            return (null, null, softened);
        }

        var polarity = Lexicon.Yes.Contains(phrase) ? Polarity.Yes : Polarity.No;
        if (polarity == Polarity.No && clause.NotNegating.Contains(at))
        {
            return (null, null, softened); // "not only …"
        }

        return (polarity, $"\"{string.Join(' ', clause.Words.Skip(at).Take(Phrases.Length(phrase)).Select(w => w.Text))}\"", softened);
    }

    /// <summary>
    /// The yes or no a reply closes with, when it opens with none: after "so" at the end ("all our auth is passport,
    /// so ya") or as a last clause of its own ("we call it from every route, yes"). Bare negation words ("not",
    /// "never") are not answers there.
    /// </summary>
    private static (Polarity? Polarity, string? Words) Closing(ReplyText reply)
    {
        var words = reply.Clauses.Count > 0 ? reply.Clauses[^1].Words : [];
        for (var at = 0; at < words.Count; at++)
        {
            var ownClause = at == 0 && reply.Clauses.Count > 1;
            var afterSo = at > 0 && words[at - 1].Compact == "so";
            if ((ownClause || afterSo) && Phrases.LongestAt(words, at, Lexicon.No.Concat(Lexicon.Yes)) is { } phrase
                && at + Phrases.Length(phrase) == words.Count && !(afterSo && Lexicon.WholeClauseOnly.Contains(phrase))
                && phrase is not ("not" or "never" or "none" or "hardly" or "n" or "y"))
            {
                return (Lexicon.Yes.Contains(phrase) ? Polarity.Yes : Polarity.No, $"\"{string.Join(' ', words.Skip(at).Select(w => w.Text))}\" at the end");
            }
        }

        return (null, null);
    }

    /// <summary>Whether a clause is just the opposite word, or the words go on "… and no": "yes and no", "yeah, no".</summary>
    private static bool SaysAlso(ReplyText reply, IReadOnlyList<string> opposite)
    {
        foreach (var clause in reply.Clauses.Skip(1))
        {
            if (Phrases.LongestAt(clause.Words, 0, opposite) is { } phrase && Phrases.Length(phrase) == clause.Words.Count)
            {
                return true;
            }
        }

        var words = reply.Clauses[0].Words;
        var end = Unpadded(words);
        return Enumerable.Range(1, Math.Max(0, end - 1)).Any(i =>
            words[i - 1].Compact is "and" or "or" && Phrases.LongestAt(words, i, opposite) is { } phrase && i + Phrases.Length(phrase) == end);
    }

    /// <summary>Where a clause's words end before closing fillers ("yes and no tbh", "… no honestly").</summary>
    private static int Unpadded(IReadOnlyList<Word> words)
    {
        var end = words.Count;
        while (end > 1 && Lexicon.Fillers.Contains(words[end - 1].Compact))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Whether one clause of two or more words ends in a yes word and another in a no word ("search yes, chat no"):
    /// each says it of its own part of the question. Bare negation words ("not", "never") do not close a clause as a no.
    /// </summary>
    private static bool EndsBothWays(ReplyText reply)
    {
        Polarity? Ending(Clause clause)
        {
            var end = Unpadded(clause.Words);
            var last = end > 1 ? clause.Words[end - 1].Compact : null;
            return last is null || Lexicon.WholeClauseOnly.Contains(last) || last is "not" or "never" or "none" or "hardly" ? null
                : Lexicon.No.Contains(last) ? Polarity.No
                : Lexicon.Yes.Contains(last) ? Polarity.Yes
                : null;
        }

        var endings = reply.Clauses.Select(Ending).ToList();
        return endings.Contains(Polarity.Yes) && endings.Contains(Polarity.No);
    }

    private static Understood.Clarify Ask(Polarity favoured, Choice yes, Choice no, string words)
    {
        var order = favoured == Polarity.Yes ? new[] { yes, no } : [no, yes];
        return new Understood.Clarify([.. order.Select(c => new Candidate(c.Label, AnswerValue.OfChoice(c.Id)))], words);
    }
}
