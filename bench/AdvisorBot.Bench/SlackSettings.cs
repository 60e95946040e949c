namespace AdvisorBot.Bench;

/// <summary>Slack switched on for a bench host, with its Web API pointed at a closed loopback port (replies fail and retry in the background).</summary>
internal static class SlackSettings
{
    public const string Secret = "bench-signing-secret";

    public static Dictionary<string, string> Offline() => new()
    {
        ["Slack__BotToken"] = "xoxb-bench",
        ["Slack__SigningSecret"] = Secret,
        ["Slack__ApiBaseUrl"] = "http://127.0.0.1:9/api/",
    };
}
