using AdvisorBot.Core.Decisions.Model;
using YamlDotNet.RepresentationModel;

namespace AdvisorBot.Core.Decisions.Loading;

/// <summary>Reads an option's 'record': what a decision record says when the option is chosen.</summary>
internal static class OptionRecordReader
{
    public static OptionRecord Read(YamlNodes y, YamlNode node, string what, HashSet<string> sourceFiles)
    {
        var recordWhat = $"'record' of {what}";
        var map = y.Map(node, recordWhat, "consequences", "risks", "trade_offs", "next_steps", "cite");
        var record = new OptionRecord(
            Lines(y, map, "consequences", recordWhat),
            Lines(y, map, "risks", recordWhat),
            Lines(y, map, "trade_offs", recordWhat),
            Lines(y, map, "next_steps", recordWhat),
            DecisionFileReader.ReadCitations(y, map, recordWhat, sourceFiles));
        return record.IsEmpty ? throw y.Error(node, $"{recordWhat} says nothing: give consequences, risks, trade_offs or next_steps") : record;
    }

    private static List<string> Lines(YamlNodes y, YamlMappingNode map, string key, string what)
    {
        if (y.Optional(map, key) is not { } node)
        {
            return [];
        }

        var lines = y.Sequence(node, $"'{key}' of {what}").Select(n => y.Scalar(n, $"an item of '{key}'").Trim()).ToList();
        return lines.All(l => l.Length > 0) ? lines : throw y.Error(node, $"'{key}' of {what} has an empty item");
    }
}
