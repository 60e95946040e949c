namespace AdvisorBot.Web.Endpoints;

public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>The key callers of /api/digest and /api/decisions/adr send in X-Api-Key. Empty: those endpoints are off.</summary>
    public string ApiKey { get; set; } = string.Empty;
}
