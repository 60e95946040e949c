using AdvisorBot.Core.Decisions.Model;
using YamlDotNet.RepresentationModel;

namespace AdvisorBot.Core.Decisions.Loading;

/// <summary>
/// Reads a scale question's reasons. A high answer and a low answer move an option in opposite directions, so a
/// reason may be one text or a pair: <c>reason: { high: …, low: … }</c>, and per option under <c>reasons</c>.
/// </summary>
internal static class ScaleReasonReader
{
    public sealed record Reasons(string? Shared, IReadOnlyDictionary<string, DirectedReason> PerOption);

    public static Reasons Read(YamlNodes y, YamlMappingNode map, string what, IReadOnlyDictionary<string, double> weights, IReadOnlyList<DecisionOption> options)
    {
        string? shared = null;
        (DirectedReason Reason, YamlNode Node)? sharedPair = null;
        if (y.Optional(map, "reason") is { } reasonNode)
        {
            if (reasonNode is YamlMappingNode)
            {
                sharedPair = (Directed(y, reasonNode, $"'reason' of {what}"), reasonNode);
            }
            else
            {
                shared = y.Scalar(reasonNode, $"'reason' of {what}").Trim();
            }
        }

        var own = new Dictionary<string, (DirectedReason Reason, YamlNode Node)>(StringComparer.Ordinal);
        if (y.Optional(map, "reasons") is { } reasonsNode)
        {
            foreach (var (key, value) in y.Map(reasonsNode, $"'reasons' of {what}").Children)
            {
                var option = y.Scalar(key, "an option id");
                if (weights.GetValueOrDefault(option) == 0)
                {
                    throw y.Error(key, $"'reasons' of {what} gives a reason for '{option}', which its weights do not move");
                }

                own[option] = value is YamlMappingNode
                    ? (Directed(y, value, $"the reason for '{option}' of {what}"), value)
                    : (new DirectedReason(y.Scalar(value, "a reason").Trim(), y.Scalar(value, "a reason").Trim()), value);
            }
        }

        var perOption = new Dictionary<string, DirectedReason>(StringComparer.Ordinal);
        foreach (var option in options.Where(o => weights.GetValueOrDefault(o.Id) != 0))
        {
            var (reason, node) = own.TryGetValue(option.Id, out var mine) ? mine
                : sharedPair is { } pair ? pair
                : (new DirectedReason(shared, shared), y.Optional(map, "reason") ?? map);
            perOption[option.Id] = reason;
            foreach (var text in new[] { reason.High, reason.Low }.OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
            {
                ReasonCheck.Check(y, node, text, option, options, $"of {what}");
            }
        }

        return new Reasons(shared, perOption);
    }

    private static DirectedReason Directed(YamlNodes y, YamlNode node, string what)
    {
        var map = y.Map(node, what, "high", "low");
        return new DirectedReason(y.RequiredText(map, "high", what), y.RequiredText(map, "low", what));
    }
}
