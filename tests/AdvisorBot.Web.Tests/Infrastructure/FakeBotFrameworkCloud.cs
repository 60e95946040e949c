using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>
/// The Bot Framework's cloud side as real HTTP servers on loopback: the Connector's OpenID metadata and JWKS
/// (with endorsements), Entra's, an https token endpoint (client credentials), and a Bot Connector that records
/// every call and answers as planned.
/// </summary>
public sealed class FakeBotFrameworkCloud : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<PlannedResponse> _plan = new();
    private readonly ConcurrentQueue<RecordedCall> _connectorCalls = new();
    private readonly ConcurrentQueue<RecordedCall> _tokenCalls = new();
    private readonly ConcurrentQueue<RecordedCall> _webhookCalls = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _activityIds;
    private int _held;

    private FakeBotFrameworkCloud(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }
    public List<SigningKey> ChannelKeys { get; } = [];
    public List<SigningKey> EntraKeys { get; } = [];
    public string AccessToken { get; } = "connector-token-" + Guid.NewGuid().ToString("N");
    public Uri HttpBase { get; private set; } = null!;
    public Uri HttpsBase { get; private set; } = null!;

    public string ServiceUrl => new Uri(HttpBase, "connector/").AbsoluteUri;
    public string ChannelMetadataUrl => new Uri(HttpBase, "botframework/v1/.well-known/openidconfiguration").AbsoluteUri;
    public string EntraMetadataUrl => new Uri(HttpBase, "entra/common/v2.0/.well-known/openid-configuration").AbsoluteUri;
    public string AuthorityHost => HttpsBase.AbsoluteUri.TrimEnd('/');

    public IReadOnlyList<RecordedCall> ConnectorCalls => [.. _connectorCalls];

    /// <summary>The activity id the fake answered a connector call with, by the call's index (in a run with no planned answers, call N gets "activity-N+1").</summary>
    public string ActivityIdOf(int callIndex) => $"activity-{callIndex + 1}";
    public IReadOnlyList<RecordedCall> TokenCalls => [.. _tokenCalls];

    /// <summary>Calls to the incoming-webhook stand-ins (Teams Workflows, Slack) under /webhooks/.</summary>
    public IReadOnlyList<RecordedCall> WebhookCalls => [.. _webhookCalls];

    /// <summary>While set, connector calls are recorded and then never answered (a reply in flight when the bot dies).</summary>
    public bool HoldReplies { get; set; }

    /// <summary>How many connector calls are being held unanswered.</summary>
    public int HeldReplies => Volatile.Read(ref _held);

    public string WebhookUrl(string name) => new Uri(HttpBase, $"webhooks/{name}").AbsoluteUri;

    /// <summary>The next connector calls get these answers, in order; after them, 201 with a fresh id.</summary>
    public void Plan(params PlannedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _plan.Enqueue(response);
        }
    }

    public static async Task<FakeBotFrameworkCloud> StartAsync()
    {
        var certificate = TestCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        });
        var app = builder.Build();
        var cloud = new FakeBotFrameworkCloud(app, certificate);
        cloud.Map(app);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        cloud.HttpBase = new Uri(addresses.Single(a => a.StartsWith("http:", StringComparison.Ordinal)) + "/");
        cloud.HttpsBase = new Uri(addresses.Single(a => a.StartsWith("https:", StringComparison.Ordinal)) + "/");
        return cloud;
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Results.Json(new JsonObject
        {
            ["issuer"] = TokenFactory.ChannelIssuer,
            ["jwks_uri"] = new Uri(HttpBase, "botframework/v1/.well-known/keys").AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
        app.MapGet("/botframework/v1/.well-known/keys", () => Jwks(ChannelKeys));
        app.MapGet("/entra/common/v2.0/.well-known/openid-configuration", () => Results.Json(new JsonObject
        {
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["jwks_uri"] = new Uri(HttpBase, "entra/common/discovery/v2.0/keys").AbsoluteUri,
        }));
        app.MapGet("/entra/common/discovery/v2.0/keys", () => Jwks(EntraKeys));
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context, string tenant) =>
        {
            var form = await context.Request.ReadFormAsync();
            _tokenCalls.Enqueue(new RecordedCall("POST", context.Request.Path, null,
                $"tenant={tenant}&grant_type={form["grant_type"]}&client_id={form["client_id"]}&scope={form["scope"]}&secret_present={!string.IsNullOrEmpty(form["client_secret"])}"));
            return Results.Json(new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3599,
                ["ext_expires_in"] = 3599,
                ["access_token"] = AccessToken,
            });
        });
        app.MapPost("/webhooks/{**rest}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            _webhookCalls.Enqueue(new RecordedCall("POST", context.Request.Path, null, await reader.ReadToEndAsync()));
            return Results.Accepted();
        });
        app.Map("/connector/{**rest}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var raw = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
            if (HoldReplies)
            {
                Interlocked.Increment(ref _held);
                try
                {
                    await _release.Task.WaitAsync(context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The caller went away (its process was killed): the call never completed, so it is not recorded.
                }
                finally
                {
                    Interlocked.Decrement(ref _held);
                }

                return Results.Empty;
            }

            _connectorCalls.Enqueue(new RecordedCall(context.Request.Method, raw, context.Request.Headers.Authorization.ToString(), body));
            if (_plan.TryDequeue(out var planned))
            {
                if (planned.RetryAfter is not null)
                {
                    context.Response.Headers.RetryAfter = planned.RetryAfter;
                }

                return planned.Body is null
                    ? Results.StatusCode(planned.Status)
                    : Results.Text(planned.Body, "application/json", statusCode: planned.Status);
            }

            return Results.Json(new JsonObject { ["id"] = $"activity-{Interlocked.Increment(ref _activityIds)}" }, statusCode: 201);
        });
    }

    private static IResult Jwks(List<SigningKey> keys)
    {
        lock (keys)
        {
            return Results.Json(new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => k.ToJwk())]) });
        }
    }

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        await _app.DisposeAsync();
        foreach (var key in ChannelKeys.Concat(EntraKeys))
        {
            key.Dispose();
        }

        Certificate.Dispose();
    }
}
