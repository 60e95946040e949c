using CsCheck;

namespace AdvisorBot.Web.Tests.Fuzz;

/// <summary>
/// Sends <paramref name="count"/> mutated requests, generated from a fixed seed, one after another, and tallies the
/// answers by status code. Shared by the fuzz test and <c>bench -- fuzz</c>.
/// </summary>
public static class FuzzRun
{
    public const ulong DefaultSeed = 20261201;

    public static async Task<FuzzTally> RunAsync(HttpClient http, string connectorUrl, string slackSecret, int count, ulong seed, TimeProvider time)
    {
        var gen = FuzzInputs.Requests(connectorUrl);
        var random = new PCG(1, seed);
        var tally = new FuzzTally();
        for (var i = 0; i < count; i++)
        {
            var input = gen.Generate(random, null, out _);
            using var request = input.ToHttp(slackSecret, time.GetUtcNow());
            try
            {
                using var response = await http.SendAsync(request);
                tally.Add((int)response.StatusCode, input);
            }
            catch (HttpRequestException)
            {
                tally.Add(0, input);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The in-process test server hands the app's unhandled exception to the client; Kestrel answers 500.
                tally.Add(500, input);
            }
        }

        return tally;
    }
}

/// <summary>Answers by status code (0: no answer at all), with the first few inputs of each failing code.</summary>
public sealed class FuzzTally
{
    private readonly SortedDictionary<int, int> _counts = [];
    private readonly Dictionary<int, List<FuzzRequest>> _examples = [];

    public IReadOnlyDictionary<int, int> Counts => _counts;

    public int Total => _counts.Values.Sum();

    public int ServerErrors => _counts.Where(c => c.Key >= 500 || c.Key == 0).Sum(c => c.Value);

    public void Add(int status, FuzzRequest input)
    {
        _counts[status] = _counts.GetValueOrDefault(status) + 1;
        if (status >= 500 || status == 0)
        {
            var list = _examples.TryGetValue(status, out var l) ? l : _examples[status] = [];
            if (list.Count < 5)
            {
                list.Add(input);
            }
        }
    }

    public override string ToString() =>
        $"{Total} requests: " + string.Join(", ", _counts.Select(c => $"{c.Key}: {c.Value}"))
        + string.Concat(_examples.SelectMany(e => e.Value.Select(x => $"\n  {e.Key} ← {x}")));
}
