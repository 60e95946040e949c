using System.Globalization;
using AdvisorBot.Core.Decisions.Model;
using YamlDotNet.RepresentationModel;

namespace AdvisorBot.Core.Decisions.Loading;

/// <summary>Reads one question of a decision file, checking it against the options and the questions before it.</summary>
internal static class QuestionReader
{
    private static readonly string[] Keys =
        ["id", "prompt", "help", "kind", "skippable", "when", "cite", "choices", "scale", "weights", "reason"];

    public static Question Read(YamlNodes y, YamlNode node, HashSet<string> optionIds, HashSet<string> sourceFiles, IReadOnlyList<Question> earlier)
    {
        var map = y.Map(node, "a question", Keys);
        var id = DecisionFileReader.Identifier(y, map, "a question");
        var what = $"question '{id}'";
        var kindText = y.OptionalText(map, "kind", what) ?? "single";
        var kind = kindText switch
        {
            "single" => QuestionKind.Single,
            "multiple" => QuestionKind.Multiple,
            "yesno" => QuestionKind.YesNo,
            "scale" => QuestionKind.Scale,
            "note" => QuestionKind.Note,
            _ => throw y.Error(y.Required(map, "kind", what), $"'kind' of {what} must be single, multiple, yesno, scale or note, not '{kindText}'"),
        };

        var choices = ReadChoices(y, map, kind, what, optionIds);
        ScaleLabels? scale = null;
        IReadOnlyDictionary<string, double> scaleWeights = new Dictionary<string, double>();
        if (kind == QuestionKind.Scale)
        {
            scale = ReadScale(y, y.Required(map, "scale", what), what);
            scaleWeights = ReadWeights(y, y.Required(map, "weights", what), what, optionIds);
        }
        else if (y.Optional(map, "scale") is { } stray)
        {
            throw y.Error(stray, $"'scale' belongs only to questions of kind scale ({what} is {kindText})");
        }

        return new Question(
            id,
            y.RequiredText(map, "prompt", what),
            y.OptionalText(map, "help", what) ?? string.Empty,
            kind,
            y.OptionalBool(map, "skippable", what),
            choices,
            scale,
            scaleWeights,
            kind == QuestionKind.Scale ? y.OptionalText(map, "reason", what) : null,
            ReadConditions(y, map, what, earlier),
            DecisionFileReader.ReadCitations(y, map, what, sourceFiles));
    }

    private static IReadOnlyList<Choice> ReadChoices(YamlNodes y, YamlMappingNode map, QuestionKind kind, string what, HashSet<string> optionIds)
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

        var choices = new List<Choice>();
        foreach (var item in y.Sequence(node, $"'choices' of {what}"))
        {
            var choice = y.Map(item, $"a choice of {what}", "id", "label", "synonyms", "weights", "reason");
            var id = DecisionFileReader.Identifier(y, choice, $"a choice of {what}");
            var synonyms = y.Optional(choice, "synonyms") is { } s ? y.OneOrMany(s, "'synonyms'") : [];
            var weights = y.Optional(choice, "weights") is { } w ? ReadWeights(y, w, $"choice '{id}' of {what}", optionIds) : new Dictionary<string, double>();
            choices.Add(new Choice(id, y.RequiredText(choice, "label", $"choice '{id}' of {what}"), synonyms, weights, y.OptionalText(choice, "reason", what)));
        }

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

    private static ScaleLabels ReadScale(YamlNodes y, YamlNode node, string what)
    {
        var scaleWhat = $"'scale' of {what}";
        var labels = y.Map(node, scaleWhat, "low", "high", "unit", "steps");
        var steps = new List<ScaleStep>();
        if (y.Optional(labels, "steps") is { } stepsNode)
        {
            var items = y.Sequence(stepsNode, $"'steps' of {scaleWhat}");
            if (items.Count != Question.ScaleMax - Question.ScaleMin + 1)
            {
                throw y.Error(stepsNode, $"'steps' of {scaleWhat} must label all {Question.ScaleMax} steps, not {items.Count}");
            }

            double? previous = null;
            for (var i = 0; i < items.Count; i++)
            {
                var value = Question.ScaleMin + i;
                var step = y.Map(items[i], $"step {value} of {scaleWhat}", "label", "below");
                double? below = y.Optional(step, "below") is { } b ? y.Number(b, $"'below' of step {value}") : null;
                var last = i == items.Count - 1;
                if (last && below is not null)
                {
                    throw y.Error(items[i], $"step {value} of {scaleWhat} is the last: it has no upper bound ('below')");
                }

                if (below is { } bound && previous is { } before && bound <= before)
                {
                    throw y.Error(items[i], $"'below' of step {value} of {scaleWhat} must be larger than step {value - 1}'s ({before.ToString(CultureInfo.InvariantCulture)})");
                }

                if (!last && i > 0 && (below is null) != (previous is null))
                {
                    throw y.Error(items[i], $"steps of {scaleWhat} give 'below' to some steps but not to others");
                }

                previous = below ?? previous;
                steps.Add(new ScaleStep(value, y.RequiredText(step, "label", $"step {value} of {scaleWhat}"), below));
            }
        }

        return new ScaleLabels(
            y.RequiredText(labels, "low", scaleWhat),
            y.RequiredText(labels, "high", scaleWhat),
            y.OptionalText(labels, "unit", scaleWhat),
            steps);
    }

    private static Dictionary<string, double> ReadWeights(YamlNodes y, YamlNode node, string what, HashSet<string> optionIds)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in y.Map(node, $"'weights' of {what}").Children)
        {
            var option = y.Scalar(key, "an option id");
            if (!optionIds.Contains(option))
            {
                throw y.Error(key, $"'weights' of {what} names option '{option}', which the decision does not have");
            }

            weights[option] = y.Number(value, $"the weight of '{option}'");
        }

        return weights;
    }

    private static IReadOnlyList<Condition> ReadConditions(YamlNodes y, YamlMappingNode map, string what, IReadOnlyList<Question> earlier)
    {
        if (y.Optional(map, "when") is not { } node)
        {
            return [];
        }

        var conditions = new List<Condition>();
        foreach (var (key, value) in y.Map(node, $"'when' of {what}").Children)
        {
            var questionId = y.Scalar(key, "a question id");
            var target = earlier.FirstOrDefault(q => q.Id == questionId)
                ?? throw y.Error(key, $"'when' of {what} refers to '{questionId}', which is not an earlier question");
            var values = y.OneOrMany(value, $"the condition on '{questionId}'");
            foreach (var v in values)
            {
                var valid = target.Kind == QuestionKind.Scale
                    ? int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= Question.ScaleMin and <= Question.ScaleMax
                    : target.FindChoice(v) is not null;
                if (!valid)
                {
                    throw y.Error(value, $"'when' of {what}: '{v}' is not an answer of question '{questionId}'");
                }
            }

            conditions.Add(new Condition(questionId, values));
        }

        return conditions;
    }
}
