using System.Diagnostics;
using System.Text;

namespace AdvisorBot.Bench.Throughput;

/// <summary>What one target did under load: requests in the measured window, failures, throughput and latency.</summary>
internal sealed record LoadResult(int Requests, int Errors, double Seconds, double P50Ms, double P99Ms, long? WrittenBytes = null)
{
    public double PerSecond => Requests / Seconds;
}

/// <summary>
/// A closed-loop load: <c>concurrency</c> workers, each on its own keep-alive connection, each posting the next
/// activity as soon as the last answer is read, round-robin over the targets' addresses; a warm-up at the same
/// concurrency first, then the measured window. Only successful answers count towards throughput and latency.
/// </summary>
internal static class LoadRun
{
    /// <param name="written">Bytes the target processes have written to storage so far, read as the window opens and closes; null where unknown.</param>
    public static async Task<LoadResult> RunAsync(IReadOnlyList<Uri> targets, Func<string> nextBody, int concurrency, TimeSpan warmUp, TimeSpan duration, Func<long?>? written = null)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var next = 0;
        Uri Target() => new(targets[(int)((uint)Interlocked.Increment(ref next) % (uint)targets.Count)], "api/messages");

        async Task<(bool Ok, double Ms)> OneAsync()
        {
            var started = Stopwatch.GetTimestamp();
            using var content = new StringContent(nextBody(), Encoding.UTF8, "application/json");
            try
            {
                using var response = await http.PostAsync(Target(), content);
                await response.Content.ReadAsByteArrayAsync();
                return (response.IsSuccessStatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return (false, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        async Task<(List<double> Latencies, int Errors)> LoopAsync(Stopwatch clock, TimeSpan until)
        {
            var latencies = new List<double>(16_384);
            var errors = 0;
            while (clock.Elapsed < until)
            {
                var (ok, ms) = await OneAsync();
                if (ok)
                {
                    latencies.Add(ms);
                }
                else
                {
                    errors++;
                }
            }

            return (latencies, errors);
        }

        var warm = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => LoopAsync(warm, warmUp))));

        var writtenBefore = written?.Invoke();
        var run = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => LoopAsync(run, duration))));
        var seconds = run.Elapsed.TotalSeconds;
        var writtenAfter = written?.Invoke();
        var all = results.SelectMany(r => r.Latencies).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)(p * all.Length))];
        return new LoadResult(all.Length, results.Sum(r => r.Errors), seconds, Percentile(0.50), Percentile(0.99), writtenAfter - writtenBefore);
    }
}
