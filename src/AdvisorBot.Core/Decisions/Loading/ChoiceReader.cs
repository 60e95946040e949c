using AdvisorBot.Core.Decisions.Model;
using YamlDotNet.RepresentationModel;

namespace AdvisorBot.Core.Decisions.Loading;

/// <summary>Reads a question's choices: labels, synonyms, weights and the reason for each option a choice moves.</summary>
internal static class ChoiceReader
{
    public static IReadOnlyList<Choice> Read(YamlNodes y, YamlMappingNode map, QuestionKind kind, string what, IReadOnlyList<DecisionOption> options, HashSet<string> sourceFiles)
    {
        var node = y.Optional(map, "choices");
        if (kind is QuestionKind.Scale or QuestionKind.Note)
        {
            return node is null ? [] : throw y.Error(node, $"{what} is of kind {kind.ToString().ToLowerInvariant()} and takes no 'choices'");
        }

        if (node is null)
        {
            throw y.Error(map, $"{what} needs 'choices'");
        }

        var choices = y.Sequence(node, $"'choices' of {what}").Select(item => ReadChoice(y, item, what, options, sourceFiles)).ToList();
        if (choices.Count < 2)
        {
            throw y.Error(node, $"{what} needs at least two choices");
        }

        if (choices.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count() != choices.Count)
        {
            throw y.Error(node, $"{what} uses a choice id twice");
        }

        if (kind == QuestionKind.YesNo && !(choices.Count == 2 && choices.Any(c => c.Id == "yes") && choices.Any(c => c.Id == "no")))
        {
            throw y.Error(node, $"{what} is a yesno question: its choices must be exactly 'yes' and 'no'");
        }

        return choices;
    }

    private static Choice ReadChoice(YamlNodes y, YamlNode item, string what, IReadOnlyList<DecisionOption> options, HashSet<string> sourceFiles)
    {
        var map = y.Map(item, $"a choice of {what}", "id", "label", "synonyms", "weights", "reason", "reasons", "cite");
        var id = DecisionFileReader.Identifier(y, map, $"a choice of {what}");
        var choiceWhat = $"choice '{id}' of {what}";
        var optionIds = options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var weights = y.Optional(map, "weights") is { } w ? QuestionReader.ReadWeights(y, w, choiceWhat, optionIds) : [];
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var reasonNodes = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        if (y.Optional(map, "reasons") is { } reasonsNode)
        {
            foreach (var (key, value) in y.Map(reasonsNode, $"'reasons' of {choiceWhat}").Children)
            {
                var option = y.Scalar(key, "an option id");
                if (weights.GetValueOrDefault(option) == 0)
                {
                    throw y.Error(key, $"'reasons' of {choiceWhat} gives a reason for '{option}', which this choice does not move (no weight)");
                }

                var text = y.Scalar(value, $"the reason for '{option}'").Trim();
                reasons[option] = text.Length > 0 ? text : throw y.Error(value, $"the reason for '{option}' in {choiceWhat} is empty");
                reasonNodes[option] = value;
            }
        }

        var shared = y.OptionalText(map, "reason", choiceWhat);
        var sharedNode = y.Optional(map, "reason");
        foreach (var option in options.Where(o => weights.GetValueOrDefault(o.Id) != 0))
        {
            var (text, textNode) = reasons.TryGetValue(option.Id, out var own) ? (own, reasonNodes[option.Id]) : (shared, sharedNode);
            if (text is { Length: > 0 } && textNode is not null)
            {
                ReasonCheck.Check(y, textNode, text, option, options, $"of {choiceWhat}");
            }
        }

        var synonyms = y.Optional(map, "synonyms") is { } s ? y.OneOrMany(s, "'synonyms'") : [];
        return new Choice(id, y.RequiredText(map, "label", choiceWhat), synonyms, weights, shared)
        {
            Reasons = reasons,
            Citations = y.Optional(map, "cite") is null ? null : DecisionFileReader.ReadCitations(y, map, choiceWhat, sourceFiles),
        };
    }
}
