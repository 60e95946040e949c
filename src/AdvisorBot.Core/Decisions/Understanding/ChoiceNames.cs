using System.Runtime.CompilerServices;
using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>
/// Every way a reply can name one of a question's choices, worked out once per question: the label (counts most), the
/// id and synonyms, and the label's telling words, each worth less the more choices share it. Yes/no questions are
/// named by their synonyms only: "yes" and "no" themselves are read as polarity.
/// </summary>
public sealed class ChoiceNames
{
    public const double LabelWeight = 2;
    public const double SynonymWeight = 1;
    public const double LabelWordWeight = 0.75;
    private static readonly ConditionalWeakTable<Question, ChoiceNames> Cache = [];

    private ChoiceNames(IReadOnlyList<ChoiceName> names, Choice? combination)
    {
        Names = names;
        Combination = combination;
    }

    public IReadOnlyList<ChoiceName> Names { get; }

    /// <summary>A choice that means "the others together" (labelled "Both"), when the question has one.</summary>
    public Choice? Combination { get; }

    public static ChoiceNames For(Question question) => Cache.GetValue(question, Build);

    private static ChoiceNames Build(Question question)
    {
        var names = new List<ChoiceName>();
        var yesNo = question.Kind == QuestionKind.YesNo;
        var labelWords = question.Choices.ToDictionary(c => c.Id, c => LabelWords(c.Label));
        foreach (var choice in question.Choices)
        {
            if (!yesNo)
            {
                // A label typed out in full is strong evidence; a one-word label is no more telling than a synonym
                // ("Python" against "js").
                names.Add(Name(choice, choice.Label, Words.Of(choice.Label).Count > 1 ? LabelWeight : SynonymWeight, NameKind.Label));
                names.Add(Name(choice, choice.Id, SynonymWeight, NameKind.Synonym));
                var label = Words.Of(choice.Label);
                var negative = label.Count > 1 && Lexicon.Negations.Contains(label[0].Compact);
                if (negative && label.Count > 2)
                {
                    // "No types needed": "no types" names the choice rather than negating another.
                    names.Add(Name(choice, $"{label[0].Text} {label[1].Text}", SynonymWeight + 0.5, NameKind.Synonym));
                }

                foreach (var word in labelWords[choice.Id])
                {
                    var sharedBy = labelWords.Values.Count(w => w.Contains(word));
                    // In a negative label a negated word is as telling as a synonym: "we don't need types".
                    var weight = negative ? SynonymWeight : LabelWordWeight / sharedBy;
                    names.Add(new ChoiceName(choice, word, [word], weight, NameKind.LabelWord, Inverted: negative));
                }
            }

            foreach (var synonym in choice.Synonyms)
            {
                var name = Name(choice, synonym, SynonymWeight, NameKind.Synonym);
                names.Add(name with { Weight = SynonymWeight + (0.25 * (name.Stems.Count - 1)) });
                var words = Words.Of(synonym);
                if (words.Count > 1 && Lexicon.Negations.Contains(words[0].Compact))
                {
                    var rest = string.Join(' ', words.Skip(1).Select(w => w.Text));
                    names.Add(Name(choice, rest, SynonymWeight, NameKind.Synonym) with { Inverted = true });
                }
            }
        }

        var combination = question.Kind == QuestionKind.Single
            ? question.Choices.FirstOrDefault(c => Lexicon.Combination.Contains(string.Join(' ', Words.Of(c.Label).Select(w => w.Compact))))
            : null;
        return new ChoiceNames([.. names.Where(n => n.Joined.Length > 0).DistinctBy(n => (n.Choice.Id, n.Joined, n.Kind, n.Inverted))], combination);
    }

    private static ChoiceName Name(Choice choice, string text, double weight, NameKind kind) =>
        new(choice, text, [.. Words.Of(text).Select(w => w.Stem)], weight, kind);

    private static HashSet<string> LabelWords(string label) =>
        [.. Words.Of(label)
            .Where(w => w.Compact.Length >= 2 && !w.IsNumber && !Lexicon.Stopwords.Contains(w.Compact) && !Lexicon.Negations.Contains(w.Compact))
            .Select(w => w.Stem)];
}
