using System.Text;

namespace AdvisorBot.Channels.Slack;

/// <summary>Slack's form-encoded bodies (slash commands, interactivity); the last value of a repeated key wins.</summary>
public static class SlackForm
{
    public static Dictionary<string, string> Parse(byte[] raw) =>
        Encoding.UTF8.GetString(raw).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .GroupBy(p => Unescape(p[0]))
            .ToDictionary(g => g.Key, g => g.Last().Length > 1 ? Unescape(g.Last()[1]) : string.Empty);

    private static string Unescape(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
