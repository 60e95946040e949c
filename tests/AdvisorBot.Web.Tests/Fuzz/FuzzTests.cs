using System.Net;
using System.Text.Json.Nodes;
using AdvisorBot.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace AdvisorBot.Web.Tests.Fuzz;

/// <summary>
/// Thousands of mutated activities, invoke values, card data and signed Slack payloads through the real HTTP
/// pipeline: none may get a 5xx (Teams retries those), and the bot still answers afterwards.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task MutatedRequests_NeverGetA5xx_AndTheBotStillAnswersHelpAfterwards()
    {
        await using var cloud = await FakeBotFrameworkCloud.StartAsync();
        await using var slack = await FakeSlack.StartAsync();
        using var bot = new BotApplication(new()
        {
            ["Slack:BotToken"] = "xoxb-fuzz",
            ["Slack:SigningSecret"] = SlackSigned.Secret,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
        });
        var client = await bot.CreateReadyClientAsync();

        var tally = await FuzzRun.RunAsync(client, cloud.ServiceUrl, SlackSigned.Secret, 5_000, FuzzRun.DefaultSeed, TimeProvider.System);
        output.WriteLine(tally.ToString());

        Assert.Equal(5_000, tally.Total);
        Assert.True(tally.ServerErrors == 0, tally.ToString());
        Assert.True(tally.Counts.GetValueOrDefault(400) > 500, "the mutations should reach the parsing: " + tally);
        var help = Activities.Message("help", cloud.ServiceUrl);
        help["deliveryMode"] = "expectReplies";
        var response = await client.SendAsync(Activities.Post(help));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        // Help comes as text or, on channels that render cards, as the help card; either way it names the commands.
        Assert.Contains(replies, r => r?.ToJsonString().Contains("decide", StringComparison.Ordinal) == true);
    }
}
