using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AdvisorBot.Web.Tests.Infrastructure;

/// <summary>
/// A loopback server speaking the Azure OpenAI chat-completions API
/// (POST /openai/deployments/{deployment}/chat/completions?api-version=…), answering as a test plans.
/// </summary>
public sealed class FakeAzureOpenAI : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly ConcurrentQueue<(string Path, string? ApiKey, JsonNode Body)> _requests = new();

    private FakeAzureOpenAI()
    {
    }

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>What the model answers; a function of the request's user message.</summary>
    public Func<string, string> Reply { get; set; } = _ => "Node.js handles many connections on one event loop [1].";

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public int FailWithStatus { get; set; }

    public IReadOnlyList<(string Path, string? ApiKey, JsonNode Body)> Requests => [.. _requests];

    public static async Task<FakeAzureOpenAI> StartAsync()
    {
        var fake = new FakeAzureOpenAI();
        var (app, addresses) = await LoopbackServer.StartAsync(app =>
        {
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
        });
        fake._app = app;
        fake.Endpoint = new Uri(addresses[0] + "/");
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
