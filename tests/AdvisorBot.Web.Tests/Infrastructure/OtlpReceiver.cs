using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>
/// A loopback stand-in for an OpenTelemetry collector's OTLP/HTTP receiver: accepts protobuf export requests on
/// /v1/traces, /v1/metrics and /v1/logs, answers 200 with an empty export response, and keeps the bodies. Protobuf
/// carries names and string attributes as UTF-8, so a test can look for them in the bytes.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string ContentType, byte[] Body)> _requests = new();

    private OtlpReceiver(WebApplication app, string address)
    {
        _app = app;
        Endpoint = address;
    }

    public string Endpoint { get; }

    public static async Task<OtlpReceiver> StartAsync()
    {
        OtlpReceiver? receiver = null;
        var (app, addresses) = await LoopbackServer.StartAsync(app => app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            receiver!._requests.Enqueue((context.Request.Path.Value!, context.Request.ContentType ?? "", body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
            return Results.Bytes([], "application/x-protobuf");
        }));
        receiver = new OtlpReceiver(app, addresses[0]);
        return receiver;
    }

    /// <summary>Whether an export to <paramref name="path"/> (e.g. "/v1/metrics") holds <paramref name="text"/>.</summary>
    public bool Received(string path, string text) =>
        _requests.Any(r => r.Path == path && r.ContentType.StartsWith("application/x-protobuf", StringComparison.Ordinal)
            && Encoding.UTF8.GetString(r.Body).Contains(text, StringComparison.Ordinal));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
