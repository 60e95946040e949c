namespace AdvisorBot.Channels.DirectLine;

/// <summary>The Direct Line 3.0 endpoint (<c>/v3/directline</c>) that Web Chat speaks, and the page at <c>/</c>.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The Direct Line secret. Empty in local mode: no secret needed. Outside local mode the endpoint is off until
    /// a secret is set; callers then send it, or a token minted from it, as <c>Authorization: Bearer</c>. Never logged.
    /// </summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>Whether <c>/</c> serves Web Chat when a secret is set (it mints a token for every visitor). On in local mode.</summary>
    public bool PageEnabled { get; set; }

    /// <summary>Origins allowed to call the endpoint from a browser (CORS); the page itself is same-origin.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a token lasts (Direct Line's <c>expires_in</c>); clients refresh it before then.</summary>
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>How long a conversation's activities are kept for reconnects and polling.</summary>
    public int RetentionHours { get; set; } = 24;

    /// <summary>Largest accepted activity body (larger → 413).</summary>
    public int MaxActivityBytes { get; set; } = 262144;

    /// <summary>
    /// How often an open stream also reads the store, for activities another instance appended (only appends on this
    /// instance wake it at once). 0: never; a single instance does not need it.
    /// </summary>
    public double StreamPollSeconds { get; set; } = 2;

    /// <summary>Most activities in one ActivitySet (a poll or a stream frame).</summary>
    public int MaxActivitiesPerSet { get; set; } = 100;
}
