using System.Net;
using System.Net.Http.Json;
using AdvisorBot.Core.Conversations;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AdvisorBot.Web.Tests.Security;

/// <summary>
/// The bot's Connector token goes only to a service URL that a validated token vouched for, in the mode that
/// validated it: a reference planted in local mode, or named by an Entra token off the Bot Connector hosts, is
/// never sent the token (a loopback trap stands in for the planted host and records what reaches it).
/// </summary>
public sealed class TokenTrustTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Victim = "19:victim@thread.tacv2";
    private const string ApiKey = "digest-key";
    private FakeBotFrameworkCloud _cloud = null!;
    private TrapServer _trap = null!;
    private SigningKey _entraKey = null!;

    public async Task InitializeAsync()
    {
        _cloud = await FakeBotFrameworkCloud.StartAsync();
        _trap = await TrapServer.StartAsync();
        _entraKey = new SigningKey("entra-key-1");
        _cloud.EntraKeys.Add(_entraKey);
    }

    public async Task DisposeAsync()
    {
        await _trap.DisposeAsync();
        await _cloud.DisposeAsync();
    }

    [Fact]
    public async Task AReferencePlantedInLocalMode_IsNeverSentTheTokenAfterARestartWithAnAppId()
    {
        var dataPath = BotApplication.NewDataPath();
        try
        {
            using (var local = new BotApplication(dataPath: dataPath))
            {
                var planted = Activities.Message("help", _trap.Url, conversationId: Victim);
                planted["deliveryMode"] = "expectReplies";
                var response = await local.CreateClient().SendAsync(Activities.Post(planted));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var stored = await local.Services.GetRequiredService<ConversationReferenceStore>().FindAsync("msteams", Victim, CancellationToken.None);
                Assert.Equal(_trap.Url, stored!.Reference.ServiceUrl);
                Assert.False(stored.VouchedByToken);
            }

            var settings = BotApplication.Authenticated(_cloud, AppId);
            settings["Digest:ApiKey"] = ApiKey;
            using var authenticated = new BotApplication(settings, dataPath, BotApplication.TrustingCertificateOf(_cloud));
            var digest = await PostDigestAsync(authenticated.CreateClient());

            Assert.Equal(HttpStatusCode.BadGateway, digest.StatusCode);
            Assert.Empty(_trap.Calls);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task AnEntraTokensActivity_WithAServiceUrlOffTheConnectorHosts_GetsNoToken_NowOrLater()
    {
        var settings = BotApplication.Authenticated(_cloud, AppId);
        settings["BotFramework:ConnectorHosts"] = "smba.trafficmanager.net";
        settings["Digest:ApiKey"] = ApiKey;
        using var bot = new BotApplication(settings, services: BotApplication.TrustingCertificateOf(_cloud));
        var client = bot.CreateClient();
        var token = TokenFactory.Entra(_entraKey, AppId, AppId, TokenFactory.EmulatorIssuerV1);

        var turn = await client.SendAsync(Activities.Post(Activities.Message("help", _trap.Url, "emulator", Victim), token));
        var digest = await PostDigestAsync(client, "emulator");

        Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, digest.StatusCode);
        Assert.Empty(_trap.Calls);
    }

    private static Task<HttpResponseMessage> PostDigestAsync(HttpClient client, string channelId = "msteams") =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/digest")
        {
            Headers = { { "X-Api-Key", ApiKey } },
            Content = JsonContent.Create(new { channelId, conversationId = Victim, target = "conversation" }),
        });
}
