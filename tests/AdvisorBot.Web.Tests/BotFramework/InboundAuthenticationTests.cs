using System.Net;
using System.Text.Json.Nodes;
using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.State;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace AdvisorBot.Web.Tests.BotFramework;

/// <summary>
/// Inbound authentication against a loopback Bot Framework cloud: real signed tokens, real JWKS with endorsements,
/// a real https token endpoint and a recording Bot Connector.
/// </summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ConversationId = "19:general@thread.skype;messageid=1";
    private FakeBotFrameworkCloud _cloud = null!;
    private SigningKey _channelKey = null!;
    private SigningKey _entraKey = null!;

    public async Task InitializeAsync()
    {
        _cloud = await FakeBotFrameworkCloud.StartAsync();
        _channelKey = new SigningKey("channel-key-1", "msteams", "webchat", "emulator", "directline");
        _entraKey = new SigningKey("entra-key-1");
        _cloud.ChannelKeys.Add(_channelKey);
        _cloud.EntraKeys.Add(_entraKey);
    }

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task ValidChannelToken_IsAccepted_AndTheReplyCarriesTheTokenFromTheTokenEndpoint()
    {
        using var bot = NewBot();
        var token = TokenFactory.Channel(_channelKey, AppId, _cloud.ServiceUrl);

        var activity = Activities.Message("help", _cloud.ServiceUrl);

        var response = await bot.CreateClient().SendAsync(Activities.Post(activity, token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_cloud.ConnectorCalls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/connector/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities/{activity["id"]}", call.RawTarget);
        Assert.Equal($"Bearer {_cloud.AccessToken}", call.Authorization);
        Assert.Equal("28:advisorbot", JsonNode.Parse(call.Body)!["from"]!["id"]!.GetValue<string>());
        var tokenCall = Assert.Single(_cloud.TokenCalls);
        Assert.Contains("tenant=botframework.com", tokenCall.Body, StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", tokenCall.Body, StringComparison.Ordinal);
        Assert.Contains($"client_id={AppId}", tokenCall.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https://api.botframework.com/.default", tokenCall.Body, StringComparison.Ordinal);
        Assert.NotNull(await StoredConversationAsync(bot));
    }

    [Fact]
    public async Task OutboundToken_IsCached_AcrossTurns()
    {
        using var bot = NewBot();
        var client = bot.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            var token = TokenFactory.Channel(_channelKey, AppId, _cloud.ServiceUrl);
            var response = await client.SendAsync(Activities.Post(Activities.Message("hello", _cloud.ServiceUrl), token));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(3, _cloud.ConnectorCalls.Count);
        Assert.Single(_cloud.TokenCalls);
    }

    public static TheoryData<string> RejectedCases() =>
    [
        "forged signature", "expired", "wrong audience", "wrong issuer", "endorsement missing the channel",
        "serviceurl mismatch", "serviceurl claim missing", "missing header", "not a bearer token", "garbage token",
        "algorithm outside RS256/384/512", "unknown key id",
    ];

    [Theory]
    [MemberData(nameof(RejectedCases))]
    public async Task BadToken_Gets401_AndCausesNoOutboundCallAndNoStateChange(string @case)
    {
        using var bot = NewBot();
        var activity = Activities.Message("help", _cloud.ServiceUrl);
        using var request = Activities.Post(activity, BadToken(@case));
        if (@case == "not a bearer token")
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");
        }

        var response = await bot.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_cloud.ConnectorCalls);
        Assert.Empty(_cloud.TokenCalls);
        Assert.Null(await StoredConversationAsync(bot));
    }

    [Theory]
    [InlineData("1.0", "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    [InlineData("2.0", "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0")]
    public async Task EmulatorToken_NamingThisApp_IsAccepted(string version, string issuer)
    {
        using var bot = NewBot();
        var token = TokenFactory.Entra(_entraKey, AppId, AppId, issuer, version);

        var response = await bot.CreateClient().SendAsync(Activities.Post(Activities.Message("help", _cloud.ServiceUrl, "emulator"), token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"Bearer {_cloud.AccessToken}", Assert.Single(_cloud.ConnectorCalls).Authorization);
    }

    [Fact]
    public async Task EmulatorToken_ForAnotherApp_Gets401()
    {
        using var bot = NewBot();
        var token = TokenFactory.Entra(_entraKey, AppId, "someone-else", TokenFactory.EmulatorIssuerV1);

        var response = await bot.CreateClient().SendAsync(Activities.Post(Activities.Message("help", _cloud.ServiceUrl, "emulator"), token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_cloud.ConnectorCalls);
    }

    [Fact]
    public async Task TenantIssuer_IsAcceptedOnlyForTheConfiguredSingleTenant()
    {
        const string tenant = "99999999-8888-7777-6666-555555555555";
        var issuer = $"https://login.microsoftonline.com/{tenant}/v2.0";
        var token = TokenFactory.Entra(_entraKey, AppId, AppId, issuer, "2.0");

        using (var multiTenant = NewBot())
        {
            var refused = await multiTenant.CreateClient().SendAsync(Activities.Post(Activities.Message("help", _cloud.ServiceUrl, "emulator"), token));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var singleTenant = NewBot(tenant);
        var accepted = await singleTenant.CreateClient().SendAsync(Activities.Post(Activities.Message("help", _cloud.ServiceUrl, "emulator"), token));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains($"tenant={tenant}", Assert.Single(_cloud.TokenCalls).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownKeyId_RefreshesTheKeys_ButNotMoreOftenThanTheMinimumInterval()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var bot = NewBot(services: s => s.AddSingleton<TimeProvider>(time));
        var client = bot.CreateClient();
        var first = await client.SendAsync(Activities.Post(Activities.Message("hi", _cloud.ServiceUrl), TokenFactory.Channel(_channelKey, AppId, _cloud.ServiceUrl)));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var rotated = new SigningKey("channel-key-2", "msteams");
        lock (_cloud.ChannelKeys)
        {
            _cloud.ChannelKeys.Add(rotated);
        }

        var tooSoon = await client.SendAsync(Activities.Post(Activities.Message("hi", _cloud.ServiceUrl), TokenFactory.Channel(rotated, AppId, _cloud.ServiceUrl)));
        Assert.Equal(HttpStatusCode.Unauthorized, tooSoon.StatusCode);

        time.Advance(TimeSpan.FromSeconds(31));
        var afterRefresh = await client.SendAsync(Activities.Post(Activities.Message("hi", _cloud.ServiceUrl), TokenFactory.Channel(rotated, AppId, _cloud.ServiceUrl)));
        Assert.Equal(HttpStatusCode.OK, afterRefresh.StatusCode);
        lock (_cloud.ChannelKeys)
        {
            _cloud.ChannelKeys.Remove(rotated);
        }
    }

    private string? BadToken(string @case)
    {
        var url = _cloud.ServiceUrl;
        switch (@case)
        {
            case "forged signature":
                using (var impostor = new SigningKey(_channelKey.KeyId, "msteams"))
                {
                    return TokenFactory.Channel(impostor, AppId, url);
                }

            case "expired":
                return TokenFactory.Channel(_channelKey, AppId, url, expires: DateTime.UtcNow.AddMinutes(-10));
            case "wrong audience":
                return TokenFactory.Channel(_channelKey, "another-bot", url);
            case "wrong issuer":
                return TokenFactory.Channel(_channelKey, AppId, url, issuer: "https://api.botframework.example");
            case "endorsement missing the channel":
                var webchatOnly = new SigningKey("webchat-only", "webchat");
                lock (_cloud.ChannelKeys)
                {
                    _cloud.ChannelKeys.Add(webchatOnly);
                }

                return TokenFactory.Channel(webchatOnly, AppId, url);
            case "serviceurl mismatch":
                return TokenFactory.Channel(_channelKey, AppId, "https://attacker.example/connector/");
            case "serviceurl claim missing":
                return TokenFactory.Channel(_channelKey, AppId, serviceUrl: null);
            case "missing header":
            case "not a bearer token":
                return null;
            case "garbage token":
                return "not.a.jwt";
            case "algorithm outside RS256/384/512":
                return TokenFactory.Channel(_channelKey, AppId, url, algorithm: SecurityAlgorithms.RsaSsaPssSha256);
            case "unknown key id":
                using (var stranger = new SigningKey("never-published", "msteams"))
                {
                    return TokenFactory.Channel(stranger, AppId, url);
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(@case), @case, null);
        }
    }

    private BotApplication NewBot(string? tenantId = null, Action<IServiceCollection>? services = null) =>
        new(BotApplication.Authenticated(_cloud, AppId, tenantId), services: s =>
        {
            BotApplication.TrustingCertificateOf(_cloud)(s);
            services?.Invoke(s);
        });

    private static async Task<StoredConversation?> StoredConversationAsync(BotApplication bot)
    {
        var store = bot.Services.GetRequiredService<IStateStore>();
        var (value, _) = await store.ReadAsync<StoredConversation>(ConversationReferenceStore.KeyOf("msteams", ConversationId), CancellationToken.None);
        return value;
    }
}
