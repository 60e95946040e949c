using AdvisorBot.Channels.BotFramework.Auth;

namespace AdvisorBot.Channels.Tests.BotFramework.Auth;

public sealed class SecureUrlTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("https://example.com:8443/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://127.8.9.10/")]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://LOCALHOST/")]
    [InlineData("http://[::1]:3978/")]
    public void IsAllowed_HttpsOrLoopbackHttp_IsTrue(string url)
    {
        Assert.True(SecureUrl.IsAllowed(new Uri(url)));
    }

    [Theory]
    [InlineData("http://example.com/")]
    [InlineData("http://10.0.0.1/")]
    [InlineData("http://192.168.1.10:3978/")]
    [InlineData("http://localhost.example.com/")]
    [InlineData("http://127.0.0.1.example.com/")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ws://localhost/")]
    public void IsAllowed_PlainHttpToARemoteHostOrAnotherScheme_IsFalse(string url)
    {
        Assert.False(SecureUrl.IsAllowed(new Uri(url)));
    }

    [Theory]
    [InlineData("http://127.0.0.1/", true)]
    [InlineData("http://[::1]/", true)]
    [InlineData("http://localhost/", true)]
    [InlineData("https://localhost/", true)]
    [InlineData("http://0.0.0.0/", false)]
    [InlineData("http://example.com/", false)]
    public void IsLoopback_ReportsLoopbackHosts(string url, bool expected)
    {
        Assert.Equal(expected, SecureUrl.IsLoopback(new Uri(url)));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://example.com/")]
    public void TryParse_AbsoluteHttpOrHttpsUrl_ReturnsTheUri(string url)
    {
        Assert.True(SecureUrl.TryParse(url, out var uri));
        Assert.Equal(new Uri(url), uri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/api/messages")]
    [InlineData("smba.trafficmanager.net/amer/")]
    [InlineData("ftp://example.com/")]
    [InlineData("file:///tmp/x")]
    public void TryParse_AnythingElse_ReturnsFalse(string? value)
    {
        Assert.False(SecureUrl.TryParse(value, out _));
    }
}
