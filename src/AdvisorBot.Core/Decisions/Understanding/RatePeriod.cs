using System.Text.RegularExpressions;

namespace AdvisorBot.Core.Decisions.Understanding;

/// <summary>The time a rate is counted over ("per second", "a minute", "/day", "rps"), in seconds; null when none is said.</summary>
public static partial class RatePeriod
{
    public static double? Of(string lower)
    {
        if (Second().IsMatch(lower))
        {
            return 1;
        }

        if (Minute().IsMatch(lower))
        {
            return 60;
        }

        if (Hour().IsMatch(lower))
        {
            return 3600;
        }

        if (Day().IsMatch(lower))
        {
            return 86400;
        }

        if (Week().IsMatch(lower))
        {
            return 7 * 86400;
        }

        return Month().IsMatch(lower) ? 30 * 86400 : null;
    }

    [GeneratedRegex(@"\b(?:per|a|an|each|every)\s+(?:second|sec)\b|/\s?(?:s|sec|second)\b|\bk?(?:rps|qps|tps)\b|\breq/s\b|\bper\s?s\b|\bps\b", RegexOptions.CultureInvariant)]
    private static partial Regex Second();

    [GeneratedRegex(@"\b(?:per|a|an|each|every)\s+(?:minute|min)\b|/\s?(?:m|min|minute)\b|\bk?rpm\b", RegexOptions.CultureInvariant)]
    private static partial Regex Minute();

    [GeneratedRegex(@"\b(?:per|an|a|each|every)\s+(?:hour|hr)\b|/\s?(?:h|hr|hour)\b|\bhourly\b", RegexOptions.CultureInvariant)]
    private static partial Regex Hour();

    [GeneratedRegex(@"\b(?:per|a|each|every)\s+day\b|/\s?day\b|\bdaily\b|\bper\s+24\s?h", RegexOptions.CultureInvariant)]
    private static partial Regex Day();

    [GeneratedRegex(@"\b(?:per|a|each|every)\s+week\b|/\s?week\b|\bweekly\b", RegexOptions.CultureInvariant)]
    private static partial Regex Week();

    [GeneratedRegex(@"\b(?:per|a|each|every)\s+month\b|/\s?month\b|\bmonthly\b", RegexOptions.CultureInvariant)]
    private static partial Regex Month();
}
