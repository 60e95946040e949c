using System.Text.RegularExpressions;
using AdvisorBot.Core.Decisions.Model;
using YamlDotNet.RepresentationModel;

namespace AdvisorBot.Core.Decisions.Loading;

/// <summary>
/// A reason is listed under the option it moves, so it must explain why it moves that option. Where that can be
/// checked it is: a reason that names another option of the decision (by its names) but not its own is refused,
/// e.g. "… so Node.js carries many of them" given as a reason for FastAPI.
/// </summary>
internal static class ReasonCheck
{
    public static void Check(YamlNodes y, YamlNode node, string reason, DecisionOption option, IReadOnlyList<DecisionOption> options, string what)
    {
        if (NamesOption(reason, option))
        {
            return;
        }

        foreach (var other in options.Where(o => o.Id != option.Id))
        {
            if (other.Names.FirstOrDefault(n => Names(reason, n)) is { } name)
            {
                throw y.Error(node,
                    $"the reason for option '{option.Id}' {what} names {name} but not {option.Label}: a reason listed under an option must say " +
                    $"why it moves that option (give '{option.Id}' its own reason under 'reasons')");
            }
        }
    }

    /// <summary>Whether <paramref name="text"/> names the option by any of its names (whole words, any case).</summary>
    public static bool NamesOption(string text, DecisionOption option) => option.Names.Any(n => Names(text, n));

    private static bool Names(string text, string name) =>
        Regex.IsMatch(text, $@"(?<!\w){Regex.Escape(name)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
