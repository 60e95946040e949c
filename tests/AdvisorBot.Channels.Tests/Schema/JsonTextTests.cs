using System.Text;
using AdvisorBot.Channels.Json;

namespace AdvisorBot.Channels.Tests.Schema;

public sealed class JsonTextTests
{
    [Theory]
    [InlineData("""{"text":"plain"}""")]
    [InlineData("""{"text":"ünïcødé ✓ \u00e9 \ud83d\ude00"}""")]
    [InlineData("[1,2,{\"a\":null}]")]
    public void Problem_ValidText_IsNull(string json) => Assert.Null(JsonText.Problem(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("""{"text":"\ud800"}""")]
    [InlineData("""{"x\udc00":"fine"}""")]
    [InlineData("""{"text":"a\ud800b"}""")]
    [InlineData("""{"text":"truncated""")]
    public void Problem_LoneSurrogateOrBrokenJson_IsNamed(string json) => Assert.NotNull(JsonText.Problem(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Problem_InvalidUtf8InAString_IsNamed()
    {
        byte[] json = [.. "{\"verb\":\""u8, 0xFF, 0xC0, .. "\"}"u8];

        Assert.Contains("not valid text", JsonText.Problem(json), StringComparison.Ordinal);
    }
}
