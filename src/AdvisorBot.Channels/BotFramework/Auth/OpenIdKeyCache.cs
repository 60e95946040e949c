using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace AdvisorBot.Channels.BotFramework.Auth;

/// <summary>
/// Fetches an OpenID metadata document and the JWKS it names, and keeps the keys. The keys are refreshed
/// after <see cref="RefreshInterval"/>, or at once when a token names a key id not in the set
/// (throttled by <see cref="MinimumRefreshInterval"/>, so a flood of unknown ids cannot hammer the issuer).
/// </summary>
internal sealed class OpenIdKeyCache(
    Uri metadataUrl, HttpClient http, TimeProvider time, ILogger logger) : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private SigningKeySet _current = SigningKeySet.Empty;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;

    public Uri MetadataUrl => metadataUrl;

    public void Dispose() => _refreshLock.Dispose();

    /// <summary>The key set holding <paramref name="keyId"/>, refreshed if needed; null when no such key exists.</summary>
    public async Task<(SecurityKey Key, IReadOnlyList<string>? Endorsements)?> FindKeyAsync(string keyId, CancellationToken ct)
    {
        var set = _current;
        var now = time.GetUtcNow();
        var stale = now - set.FetchedAt > RefreshInterval;
        if (stale || !set.Keys.ContainsKey(keyId))
        {
            set = await RefreshAsync(force: stale, ct).ConfigureAwait(false);
        }

        return set.Keys.TryGetValue(keyId, out var key)
            ? (key, set.Endorsements.TryGetValue(keyId, out var endorsements) ? endorsements : null)
            : null;
    }

    private async Task<SigningKeySet> RefreshAsync(bool force, CancellationToken ct)
    {
        await _refreshLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            if (!force && now - _lastAttempt < MinimumRefreshInterval)
            {
                return _current;
            }

            _lastAttempt = now;
            try
            {
                _current = await FetchAsync(now, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException or ArgumentException)
            {
                // Keep serving the keys we have; the token in hand fails only if its key is not among them.
                logger.LogWarning("Could not refresh signing keys from {MetadataUrl}: {Reason}", metadataUrl, ex.Message);
            }

            return _current;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<SigningKeySet> FetchAsync(DateTimeOffset now, CancellationToken ct)
    {
        using var metadata = await GetJsonAsync(metadataUrl, ct).ConfigureAwait(false);
        var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var j) ? j.GetString() : null;
        if (!Uri.TryCreate(jwksUri, UriKind.Absolute, out var jwksUrl) || !SecureUrl.IsAllowed(jwksUrl))
        {
            throw new InvalidOperationException("the metadata has no usable https jwks_uri");
        }

        using var jwks = await GetJsonAsync(jwksUrl, ct).ConfigureAwait(false);
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var element in jwks.RootElement.GetProperty("keys").EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            if (string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }

            keys[key.Kid] = key;
            if (element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[key.Kid] = [.. list.EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
            }
        }

        logger.LogInformation("Loaded {Count} signing keys from {MetadataUrl}", keys.Count, metadataUrl);
        return new SigningKeySet(keys, endorsements, now);
    }

    private async Task<JsonDocument> GetJsonAsync(Uri url, CancellationToken ct)
    {
        using var response = await http.GetAsync(url, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: ct).ConfigureAwait(false);
    }
}
