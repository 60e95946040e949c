using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Bench.Throughput;

/// <summary>
/// The machine's ceiling for a bot endpoint: Kestrel with nothing else, parsing the posted activity and answering
/// one reply in the expectReplies shape. Run as its own process (<c>AdvisorBot.Bench ceiling-server PORT</c>), as
/// the bots it is compared with are.
/// </summary>
internal static class CeilingServer
{
    public const string Mode = "ceiling-server";

    public static async Task RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpRequest request) =>
        {
            var activity = await JsonNode.ParseAsync(request.Body) as JsonObject;
            if (activity?["type"]?.GetValue<string>() is not "message" || activity["conversation"] is not JsonObject conversation)
            {
                return Results.BadRequest();
            }

            var reply = new JsonObject
            {
                ["type"] = "message",
                ["text"] = $"Echo: {activity["text"]?.GetValue<string>()}",
                ["replyToId"] = activity["id"]?.GetValue<string>(),
                ["channelId"] = activity["channelId"]?.GetValue<string>(),
                ["serviceUrl"] = activity["serviceUrl"]?.GetValue<string>(),
                ["conversation"] = conversation.DeepClone(),
                ["from"] = activity["recipient"]?.DeepClone(),
                ["recipient"] = activity["from"]?.DeepClone(),
            };
            return Results.Text(new JsonObject { ["activities"] = new JsonArray(reply) }.ToJsonString(JsonSerializerOptions.Default), "application/json");
        });
        await app.RunAsync();
    }
}
