using System.Globalization;
using System.Text;
using AdvisorBot.Web.Tests.Fuzz;

namespace AdvisorBot.Bench;

/// <summary>
/// <c>bench -- fuzz [--count 50000] [--seed N]</c>: the fuzz test's mutated requests against the real host as its own
/// process, for longer; prints the answers by status code, then checks the bot still answers <c>help</c>.
/// </summary>
internal static class FuzzBench
{
    private const string Secret = SlackSettings.Secret;

    public static async Task<int> RunAsync(string webDll, int count, ulong seed)
    {
        var (bot, _) = await BotProcess.StartAsync(webDll, SlackSettings.Offline());
        await using (bot)
        {
            using var http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
            var tally = await FuzzRun.RunAsync(http, "http://127.0.0.1:9/", Secret, count, seed, TimeProvider.System);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz seed {seed}: {tally}"));
            var help = """{"type":"message","id":"after-fuzz","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","deliveryMode":"expectReplies","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"after-fuzz"},"text":"help"}""";
            using var response = await http.PostAsync("api/messages", new StringContent(help, Encoding.UTF8, "application/json"));
            var answered = response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("decide", StringComparison.Ordinal);
            Console.WriteLine($"bot alive and answering help afterwards: {answered}; working set {bot.WorkingSetBytes / (1024 * 1024)} MiB");
            return tally.ServerErrors == 0 && answered ? 0 : 1;
        }
    }
}
