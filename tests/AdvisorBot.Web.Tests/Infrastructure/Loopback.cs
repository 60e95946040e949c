using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>Helpers for servers the tests start as their own processes on loopback.</summary>
public static class Loopback
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, polling every 50 ms, for at most <paramref name="seconds"/> seconds.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, int seconds = 15)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            await Task.Delay(50);
        }
    }

    /// <summary>Polls <paramref name="path"/> until it answers 2xx; fails early if <paramref name="exited"/> says the server died.</summary>
    public static async Task WaitUntilOkAsync(HttpClient http, string path, TimeSpan timeout, Func<bool> exited, string what)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (exited())
            {
                throw new InvalidOperationException($"{what} exited before it was ready");
            }

            try
            {
                if ((await http.GetAsync(path)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{what} was not ready within {timeout.TotalSeconds:0} s");
    }
}
