using System.Net;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.State;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Tests.Hosting;

/// <summary>The host itself: health endpoints, state that outlives a restart, settings, start-up checks.</summary>
public sealed class HostTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task HealthEndpoints_AnswerHealthy(string path)
    {
        using var bot = new BotApplication();

        var response = await (await bot.CreateReadyClientAsync()).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        // /healthz answers the bare status; /readyz a JSON report (status, the content version served, each check).
        Assert.True(body == "Healthy" || (System.Text.Json.Nodes.JsonNode.Parse(body) is { } report
            && report["status"]?.GetValue<string>() == "Healthy" && report["checks"] is System.Text.Json.Nodes.JsonObject), body);
    }

    [Fact]
    public async Task Readyz_IsUnhealthy_WhenTheStateFileIsGone()
    {
        using var bot = new BotApplication(new() { ["Knowledge:IndexPath"] = SharedKnowledge.IndexPath });
        var client = await bot.CreateReadyClientAsync();

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(bot.DataPath, recursive: true);
        var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task State_SurvivesARestartOfTheHost_OnTheSameSqliteFile()
    {
        await using var cloud = await FakeBotFrameworkCloud.StartAsync();
        var dataPath = BotApplication.NewDataPath();
        try
        {
            using (var first = new BotApplication(dataPath: dataPath))
            {
                var response = await first.CreateClient().SendAsync(Activities.Post(Activities.Message("hello", cloud.ServiceUrl, conversationId: "a:personal-chat")));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            using var second = new BotApplication(dataPath: dataPath);
            var conversations = second.Services.GetRequiredService<ConversationReferenceStore>();
            var stored = await conversations.FindAsync("msteams", "a:personal-chat", CancellationToken.None);
            Assert.NotNull(stored);
            Assert.Equal(cloud.ServiceUrl, stored.Reference.ServiceUrl);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task TwoWritersWithTheSameETag_OneWinsAndTheOtherGetsAConflict_ThroughTheHostsStore()
    {
        using var bot = new BotApplication();
        var store = bot.Services.GetRequiredService<IStateStore>();
        var etag = await store.WriteAsync("dialog/x", "{\"step\":1}", null, CancellationToken.None);

        await store.WriteAsync("dialog/x", "{\"step\":2}", etag, CancellationToken.None);
        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("dialog/x", "{\"step\":3}", etag, CancellationToken.None));

        var entry = await store.ReadAsync("dialog/x", CancellationToken.None);
        Assert.Equal("{\"step\":2}", entry!.Json);
    }

    [Fact]
    public void Settings_FromConfiguration_ReachTheOptions()
    {
        using var bot = new BotApplication(new()
        {
            ["BotFramework:MaxRequestBodyBytes"] = "5000",
            ["MicrosoftAppType"] = "MultiTenant",
        });

        var options = bot.Services.GetRequiredService<IOptions<AdvisorBot.Channels.BotFramework.Auth.BotFrameworkOptions>>().Value;

        Assert.Equal(5000, options.MaxRequestBodyBytes);
        Assert.True(options.IsLocalMode);
    }

    [Fact]
    public void InsecureMetadataUrl_StopsStartUp_NamingTheSetting()
    {
        using var bot = new BotApplication(new() { ["BotFramework:OpenIdMetadataUrl"] = "http://login.example.com/metadata" });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => bot.CreateClient());

        Assert.Contains("BotFramework:OpenIdMetadataUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenCardFile_StopsStartUp_NamingFileAndLine()
    {
        var cards = Path.Combine(Path.GetTempPath(), "advisorbot-cards-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(cards);
        try
        {
            File.WriteAllText(Path.Combine(cards, "broken.json"), "{\n  \"type\": \"AdaptiveCard\",\n  \"version\": \"1.5\",\n  \"body\": [ oops ]\n}\n");
            using var bot = new BotApplication(new() { ["Cards:Path"] = cards });

            var error = Assert.Throws<DataFileException>(() => bot.CreateClient());

            Assert.Equal("broken.json", error.File);
            Assert.Equal(4, error.Line);
            Assert.StartsWith("broken.json:4:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(cards, recursive: true);
        }
    }

    [Fact]
    public void BrokenDecisionFile_StopsStartUp_NamingFileLineAndReason()
    {
        var dialogs = Path.Combine(Path.GetTempPath(), "advisorbot-dialogs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dialogs);
        try
        {
            File.WriteAllText(Path.Combine(dialogs, "sql-or-nosql.yaml"), "id: sql-or-nosql\ntitle: SQL or NoSQL?\nsources: []\noptions: []\nquestions: []\nfavourite: postgres\n");
            using var bot = new BotApplication(new() { ["Decisions:Path"] = dialogs });

            var error = Assert.Throws<DataFileException>(() => bot.CreateClient());

            Assert.Equal("sql-or-nosql.yaml", error.File);
            Assert.Equal(6, error.Line);
            Assert.Contains("unknown key 'favourite'", error.Problem, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dialogs, recursive: true);
        }
    }
}
