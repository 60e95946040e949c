using AdvisorBot.Channels.BotFramework.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>
/// The real AdvisorBot host (Program) with test settings: its own data folder with a real SQLite file, and
/// whatever settings a test gives (environment-style keys, e.g. "BotFramework:OpenIdMetadataUrl").
/// </summary>
public sealed class BotApplication : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _ownsDataPath;

    public BotApplication(Dictionary<string, string?>? settings = null, string? dataPath = null, Action<IServiceCollection>? services = null)
    {
        _ownsDataPath = dataPath is null;
        DataPath = dataPath ?? NewDataPath();
        _settings = new Dictionary<string, string?>(settings ?? []) { ["State:DataPath"] = DataPath };
        if (!_settings.ContainsKey("Knowledge:IndexPath") && !_settings.ContainsKey("Knowledge:ContentPath") && !_settings.ContainsKey("Knowledge:Embeddings:Model"))
        {
            // The bundled content's index and vectors, made once for the whole run (see SharedKnowledge).
            _settings["Knowledge:IndexPath"] = SharedKnowledge.IndexPath;
        }

        _services = services;
    }

    public string DataPath { get; }

    /// <summary>A client once /readyz answers 200: the state store is open and the content is indexed.</summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient();
        await Loopback.WaitUntilOkAsync(client, "/readyz", TimeSpan.FromSeconds(90), () => false, "the bot");
        return client;
    }

    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "advisorbot-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Settings for a bot with an app id whose cloud is <paramref name="cloud"/>.</summary>
    public static Dictionary<string, string?> Authenticated(FakeBotFrameworkCloud cloud, string appId, string? tenantId = null) => new()
    {
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["MicrosoftAppType"] = tenantId is null ? "MultiTenant" : "SingleTenant",
        ["MicrosoftAppTenantId"] = tenantId,
        ["BotFramework:OpenIdMetadataUrl"] = cloud.ChannelMetadataUrl,
        ["BotFramework:EntraOpenIdMetadataUrl"] = cloud.EntraMetadataUrl,
        ["BotFramework:AuthorityHost"] = cloud.AuthorityHost,
        // The fake Bot Connector stands in for the configured connector hosts (Entra tokens name no serviceUrl).
        ["BotFramework:ConnectorHosts"] = cloud.HttpBase.Host,
    };

    /// <summary>Lets the bot's token client trust the fake cloud's self-signed certificate, and nothing more.</summary>
    public static Action<IServiceCollection> TrustingCertificateOf(FakeBotFrameworkCloud cloud) => services =>
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == cloud.Certificate.GetCertHashString() },
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(SharedKnowledge.Loader);
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDataPath)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
