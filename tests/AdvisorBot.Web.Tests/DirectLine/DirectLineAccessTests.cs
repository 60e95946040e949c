using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;

namespace AdvisorBot.Web.Tests.DirectLine;

/// <summary>Direct Line with a configured secret: the secret or a token minted from it, the page off, CORS as configured.</summary>
public sealed class DirectLineAccessTests : IDisposable
{
    private const string Secret = "test-directline-secret";
    private readonly BotApplication _bot = new(new Dictionary<string, string?>
    {
        ["DirectLine:Secret"] = Secret,
        ["DirectLine:AllowedOrigins:0"] = "https://portal.example.com",
    });

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task WithoutTheSecret_StartIs401_AndAWrongSecretIs403()
    {
        var client = new DirectLineClient(_bot.CreateClient());

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Post, "/conversations", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "/conversations", "wrong-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(HttpMethod.Post, "/tokens/generate", null)).StatusCode);
    }

    [Fact]
    public async Task TokenMintedFromTheSecret_StartsItsConversationOnce_AndCannotMintAnother()
    {
        var client = new DirectLineClient(_bot.CreateClient());
        var generated = await (await client.SendAsync(HttpMethod.Post, "/tokens/generate", Secret, new { user = new { id = "ana" } })).Content.ReadFromJsonAsync<JsonObject>();
        var token = generated!["token"]!.GetValue<string>();

        var first = await client.SendAsync(HttpMethod.Post, "/conversations", token);
        var again = await client.SendAsync(HttpMethod.Post, "/conversations", token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(generated["conversationId"]!.GetValue<string>(), (await again.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(HttpMethod.Post, "/tokens/generate", token)).StatusCode);
        Assert.DoesNotContain(Secret, await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePage_IsOffUnlessEnabled_WhenASecretIsSet()
    {
        var http = _bot.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/webchat/token", null)).StatusCode);
    }

    [Theory]
    [InlineData("https://portal.example.com", true)]
    [InlineData("https://evil.example.net", false)]
    public async Task Preflight_AllowsOnlyTheConfiguredOrigins_WithDirectLineJsHeaders(string origin, bool allowed)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        var response = await _bot.CreateClient().SendAsync(request);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Single() == origin);
        if (allowed)
        {
            var headers = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
            Assert.Contains("x-ms-bot-agent", headers, StringComparison.Ordinal);
        }
    }
}
