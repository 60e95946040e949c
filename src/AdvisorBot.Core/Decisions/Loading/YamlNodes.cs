using System.Globalization;
using AdvisorBot.Core.Cards;
using YamlDotNet.RepresentationModel;

namespace AdvisorBot.Core.Decisions.Loading;

/// <summary>Typed reads of a YAML node tree that fail with the file, the node's line and what was expected.</summary>
internal sealed class YamlNodes(string file)
{
    public DataFileException Error(YamlNode node, string problem) => new(file, node.Start.Line, problem);

    public YamlMappingNode Map(YamlNode node, string what, params string[] allowedKeys)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(node, $"{what} must be a mapping of keys to values");
        }

        foreach (var key in map.Children.Keys)
        {
            var name = Scalar(key, "a key");
            if (allowedKeys.Length > 0 && !allowedKeys.Contains(name, StringComparer.Ordinal))
            {
                throw Error(key, $"unknown key '{name}' in {what} (expected one of: {string.Join(", ", allowedKeys)})");
            }
        }

        return map;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlNode node, string what) =>
        node is YamlSequenceNode sequence ? [.. sequence.Children] : throw Error(node, $"{what} must be a list");

    public string Scalar(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(node, $"{what} must be a single value");

    public YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlNode Required(YamlMappingNode map, string key, string what) =>
        Optional(map, key) ?? throw Error(map, $"{what} needs '{key}'");

    public string RequiredText(YamlMappingNode map, string key, string what)
    {
        var node = Required(map, key, what);
        var text = Scalar(node, $"'{key}' of {what}").Trim();
        return text.Length > 0 ? text : throw Error(node, $"'{key}' of {what} must not be empty");
    }

    public string? OptionalText(YamlMappingNode map, string key, string what) =>
        Optional(map, key) is { } node ? Scalar(node, $"'{key}' of {what}").Trim() : null;

    public bool OptionalBool(YamlMappingNode map, string key, string what)
    {
        if (Optional(map, key) is not { } node)
        {
            return false;
        }

        return Scalar(node, $"'{key}' of {what}").ToLowerInvariant() switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            var other => throw Error(node, $"'{key}' of {what} must be true or false, not '{other}'"),
        };
    }

    public double Number(YamlNode node, string what) =>
        double.TryParse(Scalar(node, what), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(node, $"{what} must be a number");

    /// <summary>A scalar or a list of scalars, as a list.</summary>
    public IReadOnlyList<string> OneOrMany(YamlNode node, string what) =>
        node is YamlSequenceNode sequence
            ? [.. sequence.Children.Select(n => Scalar(n, what))]
            : [Scalar(node, what)];
}
