using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>
/// A loopback Slack Web API (POST /api/{method}) and response_url receiver that records every call. It can answer
/// the next call with a 429, or hold chat.postMessage calls without ever answering them (a reply in flight when the
/// bot is killed).
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    private readonly ConcurrentQueue<SlackCall> _calls = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _app = null!;
    private int _ts;

    private FakeSlack()
    {
    }

    public Uri BaseAddress { get; private set; } = null!;
    public string ApiBaseUrl => new Uri(BaseAddress, "api/").AbsoluteUri;
    public string ResponseUrl(string id) => new Uri(BaseAddress, $"respond/{id}").AbsoluteUri;

    /// <summary>Every call received, completed or not.</summary>
    public IReadOnlyList<SlackCall> Calls => [.. _calls];

    public bool HoldPostMessages { get; set; }
    public int RateLimitNext { get; set; }

    public static async Task<FakeSlack> StartAsync()
    {
        var fake = new FakeSlack();
        var (app, addresses) = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/api/{method}", fake.ApiAsync);
            app.MapPost("/respond/{id}", async (HttpContext context, string id) =>
            {
                var body = (await JsonNode.ParseAsync(context.Request.Body))!;
                fake._calls.Enqueue(new SlackCall("response_url", null, body) { Completed = true });
                return Results.Ok();
            });
        });
        fake._app = app;
        fake.BaseAddress = new Uri(addresses[0] + "/");
        return fake;
    }

    private async Task<IResult> ApiAsync(HttpContext context, string method)
    {
        var body = (await JsonNode.ParseAsync(context.Request.Body))!;
        var call = new SlackCall(method, context.Request.Headers.Authorization.ToString(), body);
        using var aborted = context.RequestAborted.Register(() => call.Aborted = true);
        _calls.Enqueue(call);
        if (RateLimitNext > 0)
        {
            RateLimitNext--;
            context.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(429);
        }

        if (method == "chat.postMessage" && HoldPostMessages)
        {
            // A held call never gets its answer: it stands for a reply in flight when the bot dies.
            call.Held = true;
            try
            {
                await _release.Task.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The caller went away.
            }

            return Results.Empty;
        }

        var ts = $"1700000000.{Interlocked.Increment(ref _ts):000000}";
        call.Ts = method == "chat.update" ? body["ts"]?.GetValue<string>() : ts;
        call.Completed = !call.Aborted;
        return Results.Json(new JsonObject { ["ok"] = true, ["channel"] = body["channel"]?.DeepClone(), ["ts"] = call.Ts });
    }

    public async ValueTask DisposeAsync()
    {
        _release.TrySetResult();
        await _app.DisposeAsync();
    }
}

public sealed record SlackCall(string Method, string? Authorization, JsonNode Body)
{
    public bool Completed { get; set; }

    /// <summary>The caller went away before the answer (e.g. its process was killed).</summary>
    public bool Aborted { get; set; }

    /// <summary>The call was held and never answered.</summary>
    public bool Held { get; set; }

    public string? Ts { get; set; }
}
