using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>A loopback server standing in for a host nobody vouched for: it records every request that reaches it.</summary>
public sealed class TrapServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private WebApplication _app = null!;

    public string Url { get; private set; } = string.Empty;

    public IReadOnlyList<RecordedCall> Calls => [.. _calls];

    public static async Task<TrapServer> StartAsync()
    {
        var trap = new TrapServer();
        var (app, addresses) = await LoopbackServer.StartAsync(app => app.Map("/{**rest}", (HttpContext context) =>
        {
            trap._calls.Enqueue(new RecordedCall(context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.ToString(), string.Empty));
            return Results.Json(new { id = "planted" }, statusCode: 201);
        }));
        trap._app = app;
        trap.Url = addresses[0] + "/";
        return trap;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
