using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>Makes signed JWTs shaped like the Bot Connector's and Entra ID's, good or deliberately broken.</summary>
public static class TokenFactory
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    public static string Channel(SigningKey key, string audience, string? serviceUrl, string issuer = ChannelIssuer,
        DateTime? expires = null, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Create(key, issuer, audience, claims, expires, algorithm);
    }

    public static string Entra(SigningKey key, string audience, string appId, string issuer, string version = "1.0")
    {
        var claims = new Dictionary<string, object> { ["ver"] = version, [version == "2.0" ? "azp" : "appid"] = appId };
        return Create(key, issuer, audience, claims, null, SecurityAlgorithms.RsaSha256);
    }

    private static string Create(SigningKey key, string issuer, string audience, Dictionary<string, object> claims, DateTime? expires, string algorithm)
    {
        var exp = expires ?? DateTime.UtcNow.AddMinutes(30);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = exp.AddMinutes(-60),
            NotBefore = exp.AddMinutes(-60),
            Expires = exp,
            SigningCredentials = new SigningCredentials(key.Private, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
