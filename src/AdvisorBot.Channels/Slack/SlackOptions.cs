namespace AdvisorBot.Channels.Slack;

public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>The bot token (xoxb-…) for the Web API. Empty: the Slack endpoints answer 404. Never logged.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The app's signing secret, for verifying requests. Never logged.</summary>
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>The Web API's base URL; tests point it at a loopback fake.</summary>
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    public bool IsConfigured => BotToken.Length > 0 && SigningSecret.Length > 0;
}
