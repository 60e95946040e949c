using Microsoft.IdentityModel.Tokens;

namespace AdvisorBot.Channels.BotFramework.Auth;

/// <summary>The signing keys published by one OpenID metadata document, with each key's channel endorsements.</summary>
internal sealed record SigningKeySet(
    IReadOnlyDictionary<string, SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements,
    DateTimeOffset FetchedAt)
{
    public static SigningKeySet Empty { get; } = new(
        new Dictionary<string, SecurityKey>(), new Dictionary<string, IReadOnlyList<string>>(), DateTimeOffset.MinValue);
}
