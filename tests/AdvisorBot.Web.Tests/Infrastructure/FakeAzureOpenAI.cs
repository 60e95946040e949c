using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>
/// A loopback server speaking the Azure OpenAI chat-completions API
/// (POST /openai/deployments/{deployment}/chat/completions?api-version=…), answering as a test plans.
/// </summary>
public sealed class FakeAzureOpenAI : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string? ApiKey, JsonNode Body)> _requests = new();

    private FakeAzureOpenAI(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>What the model answers; a function of the request's user message.</summary>
    public Func<string, string> Reply { get; set; } = _ => "Node.js handles many connections on one event loop [1].";

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public int FailWithStatus { get; set; }

    public IReadOnlyList<(string Path, string? ApiKey, JsonNode Body)> Requests => [.. _requests];

    public static async Task<FakeAzureOpenAI> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeAzureOpenAI(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", async (HttpContext context, string deployment) =>
        {
            var body = (await JsonNode.ParseAsync(context.Request.Body))!;
            fake._requests.Enqueue((context.Request.Path + context.Request.QueryString, context.Request.Headers["api-key"].FirstOrDefault(), body));
            if (fake.Delay > TimeSpan.Zero)
            {
                await Task.Delay(fake.Delay, context.RequestAborted);
            }

            if (fake.FailWithStatus != 0)
            {
                return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "InternalServerError", ["message"] = "boom" } }, statusCode: fake.FailWithStatus);
            }

            var user = body["messages"]!.AsArray().Last()!["content"]!.ToString();
            return Results.Json(new JsonObject
            {
                ["id"] = "chatcmpl-test",
                ["object"] = "chat.completion",
                ["created"] = 1_700_000_000,
                ["model"] = deployment,
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = fake.Reply(user) },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
            });
        });
        await app.StartAsync();
        fake.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
