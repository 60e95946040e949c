using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// How far closeness of meaning is trusted. The local model's cosines between a short reply and a label are low and
/// noisy (0.3–0.6 for a good match), so meaning alone records only a clear, well-separated match; otherwise it at
/// most offers its closest choices back.
/// </summary>
public static class MeaningJudge
{
    /// <summary>Meaning alone records at or above this cosine …</summary>
    public const double RecordAt = 0.5;

    /// <summary>… and this far ahead of the next choice.</summary>
    public const double RecordMargin = 0.15;

    /// <summary>Below this, meaning has nothing to offer.</summary>
    public const double OfferAt = 0.3;

    /// <summary>Choices this close to the best are offered with it.</summary>
    public const double Band = 0.08;

    /// <summary>Picking among choices the words named, meaning must be at least this close and ahead by <see cref="Band"/>.</summary>
    public const double AgreeAt = 0.35;

    /// <summary>What meaning alone makes of a reply the words could not place.</summary>
    public static Understood Alone(IReadOnlyList<Closeness> ranked, IReadOnlySet<string> excluded)
    {
        var open = ranked.Where(c => !excluded.Contains(c.Choice.Id)).ToList();
        if (open.Count == 0 || open[0].Similarity < OfferAt)
        {
            return new Understood.NotUnderstood("no choice's words, and nothing close in meaning");
        }

        var best = open[0];
        var margin = best.Similarity - (open.Count > 1 ? open[1].Similarity : 0);
        var read = $"closest in meaning to \"{best.Choice.Label}\" ({best.Similarity:0.00})";
        if (best.Similarity >= RecordAt && margin >= RecordMargin)
        {
            var confidence = Math.Min(0.9, Understood.RecordThreshold + margin - RecordMargin + (best.Similarity - RecordAt));
            return new Understood.Recorded(AnswerValue.OfChoice(best.Choice.Id), confidence, read);
        }

        return Offer([.. open.TakeWhile(c => best.Similarity - c.Similarity <= Band).Take(3).Select(c => c.Choice)], read);
    }

    /// <summary>
    /// The one of <paramref name="candidates"/> meaning clearly prefers, if any. Where it is the choice the words
    /// already put first (<paramref name="wordsLead"/>), meaning only confirms them and a lead of <see cref="Band"/>
    /// will do; where the words do not tell the candidates apart ("backend" of "new to backend" and "seasoned backend")
    /// or put another first, meaning decides alone and must clear the bar it clears alone.
    /// </summary>
    public static Closeness? Agreeing(IReadOnlyList<Closeness> ranked, IReadOnlyList<Choice> candidates, Choice? wordsLead)
    {
        var among = ranked.Where(c => candidates.Any(k => k.Id == c.Choice.Id)).ToList();
        if (among.Count == 0 || among[0].Similarity < AgreeAt)
        {
            return null;
        }

        var confirms = wordsLead is not null && among[0].Choice.Id == wordsLead.Id;
        if (!confirms && among[0].Similarity < RecordAt)
        {
            return null;
        }

        return among.Count == 1 || among[0].Similarity - among[1].Similarity >= (confirms ? Band : RecordMargin) ? among[0] : null;
    }

    public static Understood.Clarify Offer(IReadOnlyList<Choice> choices, string read) =>
        new([.. choices.DistinctBy(c => c.Id).Take(3).Select(c => new Candidate(c.Label, AnswerValue.OfChoice(c.Id)))], read);
}
