using System.Text;
using System.Text.Json;
using AdvisorBot.Channels.Json;
using AdvisorBot.Channels.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Channels.Slack;

/// <summary>
/// Slack's Events API, slash commands and interactivity, after the HTTP layer read the body: verify the v0 signature
/// (five-minute window), read the request (an odd shape is a 400 with the reason, or ignored where Slack expects
/// that), write it to the durable outbox under its delivery id (so Slack's retries are processed once), and
/// acknowledge at once; <see cref="SlackOutboxWorker"/> runs the work.
/// </summary>
public sealed class SlackIntake(IOptions<SlackOptions> options, IOutbox outbox, SlackOutboxWorker worker, TimeProvider time, ILogger<SlackIntake> logger)
{
    public const string Events = "events";
    public const string Commands = "commands";
    public const string Interactivity = "interactivity";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<SlackResponse> HandleAsync(string endpoint, byte[] body, string? timestamp, string? signature, string? retryNum, CancellationToken ct)
    {
        var form = endpoint == Events ? null : SlackForm.Parse(body);
        if (form?.GetValueOrDefault("ssl_check") == "1")
        {
            return SlackResponse.Ok;
        }

        if (SlackSignature.Check(options.Value.SigningSecret, timestamp, signature, body, time.GetUtcNow()) is { } problem)
        {
            logger.LogWarning("Refused a Slack request: {Reason}", problem);
            return new SlackResponse(401, new { ok = false, error = "invalid_signature" });
        }

        (string Id, SlackWork Work)? accepted;
        switch (endpoint)
        {
            case Events:
                if (JsonText.Problem(body) is not null || SlackRequests.ParseJson(body) is not { } envelope)
                {
                    return BadRequest("invalid_json", JsonText.Problem(body) ?? "the body is not a JSON object");
                }

                if (envelope["type"] is not null && SlackJson.Text(envelope, "type") is null)
                {
                    return BadRequest("invalid_type", "'type' must be a string");
                }

                if (SlackJson.Text(envelope, "type") == "url_verification")
                {
                    return SlackJson.Text(envelope, "challenge") is { } challenge
                        ? new SlackResponse(200, new { challenge })
                        : BadRequest("invalid_challenge", "'challenge' must be a string");
                }

                accepted = SlackRequests.FromEvent(envelope);
                break;
            case Commands:
                accepted = SlackRequests.FromCommand(form!);
                break;
            default:
                if (!form!.TryGetValue("payload", out var payload))
                {
                    return BadRequest("missing_payload", "the form has no 'payload'");
                }

                var payloadBytes = Encoding.UTF8.GetBytes(payload);
                if (JsonText.Problem(payloadBytes) is not null || SlackRequests.ParseJson(payloadBytes) is not { } interaction)
                {
                    return BadRequest("invalid_payload", JsonText.Problem(payloadBytes) ?? "'payload' is not a JSON object");
                }

                accepted = SlackRequests.FromInteraction(interaction);
                break;
        }

        if (accepted is { } work)
        {
            if (await outbox.EnqueueAsync(work.Id, work.Work.Kind, JsonSerializer.Serialize(work.Work, Json), ct).ConfigureAwait(false))
            {
                worker.Signal();
            }
            else
            {
                logger.LogInformation("Ignored a repeated Slack delivery {Id} (retry {Retry})", work.Id, retryNum);
            }
        }

        return SlackResponse.Ok;
    }

    private static SlackResponse BadRequest(string error, string reason) => new(400, new { ok = false, error, reason });
}

/// <summary>What the HTTP endpoint answers Slack: a status and an optional JSON body.</summary>
public sealed record SlackResponse(int Status, object? Body = null)
{
    public static SlackResponse Ok { get; } = new(200);
}
