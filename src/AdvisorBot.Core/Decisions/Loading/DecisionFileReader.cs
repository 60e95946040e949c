using System.Text.RegularExpressions;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Decisions.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AdvisorBot.Core.Decisions.Loading;

/// <summary>
/// Reads one decision file. Every mistake — bad YAML, a missing or unknown key, a weight for an option that does
/// not exist, a condition on a later question — is a <see cref="DataFileException"/> with the file and line.
/// </summary>
internal static partial class DecisionFileReader
{
    public static Decision Read(string path)
    {
        var file = Path.GetFileName(path);
        var y = new YamlNodes(file);
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(File.ReadAllText(path));
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new DataFileException(file, ex.Start.Line, $"invalid YAML: {ex.Message}");
        }

        if (stream.Documents.Count != 1)
        {
            throw new DataFileException(file, 1, "a decision file holds exactly one YAML document");
        }

        var root = y.Map(stream.Documents[0].RootNode, "the decision",
            "id", "title", "description", "sources", "options", "questions", "recommendation", "follow_up");
        var id = Identifier(y, root, "the decision");
        var sources = y.Sequence(y.Required(root, "sources", "the decision"), "sources").Select(n => ReadSource(y, n)).ToList();
        var sourceFiles = sources.Select(s => s.File).ToHashSet(StringComparer.Ordinal);
        var options = y.Sequence(y.Required(root, "options", "the decision"), "options").Select(n => ReadOption(y, n, sourceFiles)).ToList();
        Unique(y, root, options.Select(o => o.Id), "option");
        if (options.Count < 2)
        {
            throw y.Error(root, "a decision needs at least two options");
        }

        var optionIds = options.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var questions = new List<Question>();
        foreach (var node in y.Sequence(y.Required(root, "questions", "the decision"), "questions"))
        {
            questions.Add(QuestionReader.Read(y, node, options, sourceFiles, questions));
        }

        Unique(y, root, questions.Select(q => q.Id), "question");
        if (questions.Count == 0)
        {
            throw y.Error(root, "a decision needs at least one question");
        }

        return new Decision(
            id,
            y.RequiredText(root, "title", "the decision"),
            y.OptionalText(root, "description", "the decision") ?? string.Empty,
            sources,
            options,
            questions,
            ReadHybrid(y, root, optionIds),
            ReadFollowUps(y, root, optionIds),
            file);
    }

    public static string Identifier(YamlNodes y, YamlMappingNode map, string what)
    {
        var id = y.RequiredText(map, "id", what);
        return IdPattern().IsMatch(id)
            ? id
            : throw y.Error(y.Required(map, "id", what), $"id '{id}' must use lower-case letters, digits and dashes");
    }

    public static IReadOnlyList<Citation> ReadCitations(YamlNodes y, YamlMappingNode owner, string what, HashSet<string> sourceFiles)
    {
        var node = y.Optional(owner, "cite") ?? throw y.Error(owner, $"{what} needs 'cite': at least one citation of a source article");
        var citations = new List<Citation>();
        foreach (var item in y.Sequence(node, $"'cite' of {what}"))
        {
            var map = y.Map(item, $"a citation of {what}", "source", "section");
            var source = y.RequiredText(map, "source", $"a citation of {what}");
            if (!sourceFiles.Contains(source))
            {
                throw y.Error(item, $"citation source '{source}' is not listed under 'sources'");
            }

            citations.Add(new Citation(source, y.RequiredText(map, "section", $"a citation of {what}")));
        }

        return citations.Count > 0 ? citations : throw y.Error(node, $"{what} needs at least one citation");
    }

    private static SourceArticle ReadSource(YamlNodes y, YamlNode node)
    {
        var map = y.Map(node, "a source", "file", "title");
        return new SourceArticle(y.RequiredText(map, "file", "a source"), y.RequiredText(map, "title", "a source"));
    }

    private static DecisionOption ReadOption(YamlNodes y, YamlNode node, HashSet<string> sourceFiles)
    {
        var map = y.Map(node, "an option", "id", "label", "summary", "names", "runtime", "cite", "record");
        var id = Identifier(y, map, "an option");
        var what = $"option '{id}'";
        var option = new DecisionOption(
            id,
            y.RequiredText(map, "label", what),
            y.OptionalText(map, "summary", what) ?? string.Empty,
            ReadCitations(y, map, what, sourceFiles))
        {
            Runtime = y.OptionalText(map, "runtime", what),
            Record = y.Optional(map, "record") is { } record ? OptionRecordReader.Read(y, record, what, sourceFiles) : OptionRecord.Empty,
        };
        if (y.Optional(map, "names") is { } names)
        {
            var list = y.OneOrMany(names, $"'names' of {what}").Select(n => n.Trim()).ToList();
            option = list.Count > 0 && list.All(n => n.Length > 0)
                ? option with { Names = list }
                : throw y.Error(names, $"'names' of {what} must list at least one non-empty name");
        }

        return option;
    }

    private static HybridRule? ReadHybrid(YamlNodes y, YamlMappingNode root, HashSet<string> optionIds)
    {
        if (y.Optional(root, "recommendation") is not { } node)
        {
            return null;
        }

        var rules = y.Map(node, "'recommendation'", "hybrid");
        if (y.Optional(rules, "hybrid") is not { } hybridNode)
        {
            return null;
        }

        var hybrid = y.Map(hybridNode, "the hybrid rule", "option", "max_margin");
        var option = y.RequiredText(hybrid, "option", "the hybrid rule");
        if (!optionIds.Contains(option))
        {
            throw y.Error(hybridNode, $"the hybrid rule names option '{option}', which the decision does not have");
        }

        var margin = y.Number(y.Required(hybrid, "max_margin", "the hybrid rule"), "'max_margin'");
        return margin is > 0 and < 1
            ? new HybridRule(option, margin)
            : throw y.Error(hybridNode, "'max_margin' must be between 0 and 1 (a share of the leader's score)");
    }

    private static IReadOnlyList<FollowUp> ReadFollowUps(YamlNodes y, YamlMappingNode root, HashSet<string> optionIds)
    {
        if (y.Optional(root, "follow_up") is not { } node)
        {
            return [];
        }

        var followUps = new List<FollowUp>();
        foreach (var item in y.Sequence(node, "'follow_up'"))
        {
            var map = y.Map(item, "a follow-up", "decision", "when_winner");
            var winners = y.OneOrMany(y.Required(map, "when_winner", "a follow-up"), "'when_winner'");
            foreach (var winner in winners.Where(w => !optionIds.Contains(w)))
            {
                throw y.Error(item, $"follow-up 'when_winner' names option '{winner}', which the decision does not have");
            }

            followUps.Add(new FollowUp(y.RequiredText(map, "decision", "a follow-up"), winners));
        }

        return followUps;
    }

    private static void Unique(YamlNodes y, YamlMappingNode root, IEnumerable<string> ids, string what)
    {
        var duplicate = ids.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw y.Error(root, $"{what} id '{duplicate.Key}' is used twice");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();
}
