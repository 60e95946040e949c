using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AdvisorBot.Web.Tests.BotFramework;

/// <summary>Every kind of bad request gets a clear status and reason, changes no state and calls nothing outside.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private FakeBotFrameworkCloud _cloud = null!;
    private BotApplication _bot = null!;

    public async Task InitializeAsync()
    {
        _cloud = await FakeBotFrameworkCloud.StartAsync();
        _bot = new BotApplication(new() { ["BotFramework:MaxRequestBodyBytes"] = "4096" });
    }

    public async Task DisposeAsync()
    {
        _bot.Dispose();
        await _cloud.DisposeAsync();
    }

    public static TheoryData<string, int, string> Cases() => new()
    {
        { "malformed JSON", 400, "not a valid activity" },
        { "JSON null", 400, "empty or null" },
        { "JSON array", 400, "not a valid activity" },
        { "missing type", 400, "'type'" },
        { "missing conversation.id", 400, "'conversation.id'" },
        { "message without serviceUrl", 400, "'serviceUrl'" },
        { "serviceUrl on plain http to a remote host", 400, "'serviceUrl'" },
        { "body over the limit", 413, "larger than 4096 bytes" },
        { "wrong content type", 415, "application/json" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadRequest_GetsItsStatusAndReason_AndChangesNothing(string @case, int status, string reason)
    {
        var response = await _bot.CreateClient().SendAsync(Request(@case));

        Assert.Equal(status, (int)response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Contains(reason, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_cloud.ConnectorCalls);
        Assert.Equal(0, await CountStateRowsAsync());
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task OtherMethods_On_ApiMessages_Get405(string method)
    {
        var response = await _bot.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_Gets200_AndIsIgnored()
    {
        var activity = Activities.Message("hello", _cloud.ServiceUrl);
        activity["type"] = "somethingNew";

        var response = await _bot.CreateClient().SendAsync(Activities.Post(activity));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_cloud.ConnectorCalls);
        Assert.Equal(0, await CountStateRowsAsync());
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_Gets413()
    {
        var big = Activities.Message(new string('x', 8000), _cloud.ServiceUrl).ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await _bot.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_cloud.ConnectorCalls);
    }

    private HttpRequestMessage Request(string @case)
    {
        var good = Activities.Message("hello", _cloud.ServiceUrl);
        switch (@case)
        {
            case "malformed JSON": return Activities.Post("{\"type\": \"message\", ");
            case "JSON null": return Activities.Post("null");
            case "JSON array": return Activities.Post("[1,2]");
            case "missing type": good.Remove("type"); break;
            case "missing conversation.id": good["conversation"]!.AsObject().Remove("id"); break;
            case "message without serviceUrl": good.Remove("serviceUrl"); break;
            case "serviceUrl on plain http to a remote host": good["serviceUrl"] = "http://connector.example.com/"; break;
            case "body over the limit": good["text"] = new string('x', 5000); break;
            case "wrong content type": return Activities.Post(good, contentType: "text/plain");
            default: throw new ArgumentOutOfRangeException(nameof(@case));
        }

        return Activities.Post(good);
    }

    private async Task<long> CountStateRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_bot.DataPath, "advisorbot.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM state";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
