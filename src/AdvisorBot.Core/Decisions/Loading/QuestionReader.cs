using System.Globalization;
using AdvisorBot.Core.Decisions.Model;
using YamlDotNet.RepresentationModel;

namespace AdvisorBot.Core.Decisions.Loading;

/// <summary>Reads one question of a decision file, checking it against the options and the questions before it.</summary>
internal static class QuestionReader
{
    private static readonly string[] Keys =
        ["id", "prompt", "help", "kind", "skippable", "when", "cite", "choices", "scale", "weights", "reason", "reasons", "carry"];

    public static Question Read(YamlNodes y, YamlNode node, IReadOnlyList<DecisionOption> options, HashSet<string> sourceFiles, IReadOnlyList<Question> earlier)
    {
        var optionIds = options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
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

        var choices = ChoiceReader.Read(y, map, kind, what, options, sourceFiles);
        ScaleLabels? scale = null;
        IReadOnlyDictionary<string, double> scaleWeights = new Dictionary<string, double>();
        ScaleReasonReader.Reasons scaleReasons = new(null, new Dictionary<string, DirectedReason>());
        if (kind == QuestionKind.Scale)
        {
            scale = ReadScale(y, y.Required(map, "scale", what), what);
            scaleWeights = ReadWeights(y, y.Required(map, "weights", what), what, optionIds);
            scaleReasons = ScaleReasonReader.Read(y, map, what, scaleWeights, options);
        }
        else
        {
            foreach (var key in new[] { "scale", "weights", "reason", "reasons" })
            {
                if (y.Optional(map, key) is { } stray)
                {
                    throw y.Error(stray, $"'{key}' belongs only to questions of kind scale ({what} is {kindText}; give weights and reasons to its choices)");
                }
            }
        }

        var citations = kind == QuestionKind.Note && y.Optional(map, "cite") is null
            ? []
            : DecisionFileReader.ReadCitations(y, map, what, sourceFiles);
        return new Question(
            id,
            y.RequiredText(map, "prompt", what),
            y.OptionalText(map, "help", what) ?? string.Empty,
            kind,
            y.OptionalBool(map, "skippable", what),
            choices,
            scale,
            scaleWeights,
            scaleReasons.Shared,
            ReadConditions(y, map, what, earlier),
            citations)
        {
            ScaleReasons = scaleReasons.PerOption,
            Carry = y.Optional(map, "carry") is { } carry ? ReadCarry(y, carry, what, choices) : null,
        };
    }

    /// <summary>'carry: { from: decision/question, answers: { earlier-choice: this-choice } }'; the earlier side is checked by the catalog.</summary>
    private static Carry ReadCarry(YamlNodes y, YamlNode node, string what, IReadOnlyList<Choice> choices)
    {
        var carryWhat = $"'carry' of {what}";
        var map = y.Map(node, carryWhat, "from", "answers");
        var from = y.RequiredText(map, "from", carryWhat);
        if (from.Split('/') is not [{ Length: > 0 } decisionId, { Length: > 0 } questionId])
        {
            throw y.Error(y.Required(map, "from", carryWhat), $"'from' of {carryWhat} must name an earlier decision's question as decision/question, not '{from}'");
        }

        if (choices.Count == 0)
        {
            throw y.Error(node, $"{carryWhat}: only questions with choices can carry an earlier answer");
        }

        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in y.Map(y.Required(map, "answers", carryWhat), $"'answers' of {carryWhat}").Children)
        {
            var target = y.Scalar(value, "a choice id");
            answers[y.Scalar(key, "an earlier answer")] = choices.Any(c => c.Id == target)
                ? target
                : throw y.Error(value, $"{carryWhat} maps to '{target}', which is not a choice of {what}");
        }

        return answers.Count > 0 ? new Carry(decisionId, questionId, answers, (int)node.Start.Line) : throw y.Error(node, $"{carryWhat} needs at least one answer to carry");
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

    public static Dictionary<string, double> ReadWeights(YamlNodes y, YamlNode node, string what, HashSet<string> optionIds)
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
