using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AdvisorBot.Channels.BotFramework.Auth;

/// <summary>
/// The signing keys of one OpenID metadata document (and the JWKS it names), kept by IdentityModel's
/// <see cref="ConfigurationManager{T}"/>: refreshed every 12 h, and at once when a token names a key id not in the
/// set (at most every 30 s, so a flood of unknown ids cannot hammer the issuer); concurrent callers share one fetch.
/// Every document is fetched over https (plain http only on loopback). A key's channel endorsements come from its
/// JWKS entry.
/// </summary>
internal sealed class OpenIdKeyCache : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(5);
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;
    private readonly Uri _metadataUrl;
    private readonly ILogger _logger;

    public OpenIdKeyCache(Uri metadataUrl, HttpClient http, TimeProvider time, ILogger logger)
    {
        _time = time;
        _metadataUrl = metadataUrl;
        _logger = logger;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(
            metadataUrl.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), new SecureDocumentRetriever(http))
        {
            AutomaticRefreshInterval = RefreshInterval,
            // The 30 s throttle is ours (on the injected clock); the manager may refresh whenever we ask.
            RefreshInterval = ConfigurationManager<OpenIdConnectConfiguration>.MinimumRefreshInterval,
        };
    }

    public Uri MetadataUrl => _metadataUrl;

    public void Dispose()
    {
    }

    /// <summary>The key named <paramref name="keyId"/> with its endorsements, refreshing the set once if it is unknown; null when no such key exists.</summary>
    public async Task<(SecurityKey Key, IReadOnlyList<string>? Endorsements)?> FindKeyAsync(string keyId, CancellationToken ct)
    {
        var current = await GetAsync(ct).ConfigureAwait(false);
        if (Find(current, keyId) is { } known)
        {
            return known;
        }

        // An unknown key: ask for a refresh, unless one was asked for within the minimum interval. The manager
        // refreshes in the background when it holds a configuration, so wait (briefly) for the new one to land.
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            if (now - _lastForcedRefresh < MinimumRefreshInterval)
            {
                return null;
            }

            _lastForcedRefresh = now;
        }

        _manager.RequestRefresh();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        OpenIdConnectConfiguration? refreshed;
        while ((refreshed = await GetAsync(ct).ConfigureAwait(false)) == current && current is not null && waited.Elapsed < RefreshWait)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(25), ct).ConfigureAwait(false);
        }

        return Find(refreshed, keyId);
    }

    private async Task<OpenIdConnectConfiguration?> GetAsync(CancellationToken ct)
    {
        try
        {
            var configuration = await _manager.GetConfigurationAsync(ct).ConfigureAwait(false);
            lock (_gate)
            {
                // The first fetch counts as a refresh: an unknown key right after it waits for the interval.
                if (_lastForcedRefresh == DateTimeOffset.MinValue)
                {
                    _lastForcedRefresh = _time.GetUtcNow();
                }
            }

            return configuration;
        }
        catch (InvalidOperationException ex)
        {
            // No keys could be fetched yet; the token in hand fails, the next one tries again.
            _logger.LogWarning("Could not fetch signing keys from {MetadataUrl}: {Reason}", _metadataUrl, ex.InnerException?.Message ?? ex.Message);
            return null;
        }
    }

    private static (SecurityKey Key, IReadOnlyList<string>? Endorsements)? Find(OpenIdConnectConfiguration? configuration, string keyId)
    {
        var key = configuration?.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        return key is null ? null : (key, Endorsements(key));
    }

    private static IReadOnlyList<string>? Endorsements(JsonWebKey key) =>
        key.AdditionalData.TryGetValue("endorsements", out var value) ? value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : string.Empty)],
            IEnumerable<object> list => [.. list.Select(e => e?.ToString() ?? string.Empty)],
            _ => null,
        } : null;

    /// <summary>Fetches documents only from https URLs, or plain http on loopback (tests, local tools).</summary>
    private sealed class SecureDocumentRetriever(HttpClient http) : IDocumentRetriever
    {
        private readonly HttpDocumentRetriever _inner = new(http) { RequireHttps = false };

        public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
            Uri.TryCreate(address, UriKind.Absolute, out var uri) && SecureUrl.IsAllowed(uri)
                ? _inner.GetDocumentAsync(address, cancel)
                : throw new InvalidOperationException($"Refusing to fetch {address}: signing keys come over https only.");
    }
}
