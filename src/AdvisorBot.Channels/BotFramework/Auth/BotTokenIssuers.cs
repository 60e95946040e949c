namespace AdvisorBot.Channels.BotFramework.Auth;

/// <summary>The issuers a Bot Framework bot accepts tokens from.</summary>
internal static class BotTokenIssuers
{
    /// <summary>Tokens the Bot Connector service signs for channels.</summary>
    public const string Channel = "https://api.botframework.com";

    /// <summary>Entra ID issuers used by the Emulator and by Azure Bot Service's own tenants.</summary>
    private static readonly string[] EntraTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
    ];

    public static IReadOnlyList<string> Entra(string? tenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(tenantId) ? EntraTenants : [.. EntraTenants, tenantId.Trim()];
        return
        [
            .. tenants.SelectMany(t => new[]
            {
                $"https://sts.windows.net/{t}/",
                $"https://login.microsoftonline.com/{t}/v2.0",
            }),
        ];
    }
}
