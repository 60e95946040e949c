using AdvisorBot.Channels.BotFramework.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace AdvisorBot.Channels.BotFramework.Connector;

/// <summary>
/// Outbound bearer tokens for the Bot Connector by the client-credentials grant (MSAL). The authority is the
/// bot's tenant for single-tenant bots and botframework.com otherwise; MSAL caches the token until near expiry.
/// </summary>
public sealed class ConnectorTokenProvider
{
    public const string HttpClientName = "BotFramework.Token";

    private readonly BotFrameworkOptions _options;
    private readonly Lazy<IConfidentialClientApplication>? _app;

    public ConnectorTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpFactory)
    {
        _options = options.Value;
        if (_options.IsLocalMode)
        {
            return;
        }

        _app = new Lazy<IConfidentialClientApplication>(() => ConfidentialClientApplicationBuilder
            .Create(_options.MicrosoftAppId)
            .WithClientSecret(_options.MicrosoftAppPassword)
            .WithAuthority($"{_options.AuthorityHost.TrimEnd('/')}/{_options.TokenTenant}", validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpFactory))
            .Build());
    }

    /// <summary>A bearer token, or null in local mode (no app id: calls carry no token).</summary>
    public async Task<string?> GetTokenAsync(CancellationToken ct)
    {
        if (_app is null)
        {
            return null;
        }

        var result = await _app.Value.AcquireTokenForClient([_options.ConnectorScope]).ExecuteAsync(ct).ConfigureAwait(false);
        return result.AccessToken;
    }

    private sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
