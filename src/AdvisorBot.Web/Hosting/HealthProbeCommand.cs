namespace AdvisorBot.Web.Hosting;

/// <summary>
/// <c>dotnet AdvisorBot.Web.dll healthcheck</c>: asks this instance's own <c>/healthz</c> and exits 0 when it answers
/// 200, 1 otherwise — the container image's HEALTHCHECK, so the image needs no curl. The address is the first of
/// <c>Urls</c> (a wildcard host such as <c>+</c>, <c>*</c> or <c>0.0.0.0</c> is asked on 127.0.0.1).
/// </summary>
internal static class HealthProbeCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(IConfiguration configuration)
    {
        var target = Target(configuration["Urls"]);
        if (target is null)
        {
            await Console.Error.WriteLineAsync($"healthcheck: Urls ('{configuration["Urls"]}') names no http address to ask.");
            return 1;
        }

        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(target);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await Console.Error.WriteLineAsync($"healthcheck: {target} answered {(int)response.StatusCode}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"healthcheck: {target} did not answer: {ex.Message}");
        }

        return 1;
    }

    /// <summary>The /healthz address of the first URL in <paramref name="urls"/>, on loopback for a wildcard host.</summary>
    public static Uri? Target(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        // "+" and "*" are not valid URI hosts: put a stand-in in their place before parsing.
        var parsed = first.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal);
        if (!Uri.TryCreate(parsed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "127.0.0.1" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port, "/healthz").Uri;
    }
}
