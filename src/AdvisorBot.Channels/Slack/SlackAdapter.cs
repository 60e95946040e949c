using System.Text.Json;
using System.Text.Json.Nodes;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Outbox;
using AdvisorBot.Channels.Turns;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Channels.Slack;

/// <summary>
/// Runs an accepted Slack request as a turn of the same bot every channel uses: mentions and DMs as messages, slash
/// commands as messages (a decision started in a channel gets its own thread), button clicks as card actions whose
/// refreshed card updates the message that was clicked. Every call to Slack goes through the work item's
/// <see cref="OutboxEffects"/>, so a retried item does not post again what it had posted.
/// </summary>
public sealed class SlackAdapter(SlackApiClient api, IBot bot, ILogger<SlackAdapter> logger)
{
    public async Task ProcessAsync(SlackWork work, OutboxEffects effects, CancellationToken ct)
    {
        switch (work.Kind)
        {
            case SlackWork.Command:
                await CommandAsync(work, effects, ct).ConfigureAwait(false);
                break;
            case SlackWork.Event:
                await RunAsync(work, effects, Message(work, work.Text, work.IsDirect ? null : work.ThreadTs ?? work.Ts), work.IsDirect ? null : work.ThreadTs ?? work.Ts, SlackReplyMode.Thread, ct).ConfigureAwait(false);
                break;
            case SlackWork.Action:
                await ActionAsync(work, effects, ct).ConfigureAwait(false);
                break;
            default:
                logger.LogWarning("Unknown Slack work kind {Kind}", work.Kind);
                break;
        }
    }

    private async Task CommandAsync(SlackWork work, OutboxEffects effects, CancellationToken ct)
    {
        var verb = work.Text.Split(' ', 2)[0].ToLowerInvariant();
        if (verb == "decide" && !work.IsDirect)
        {
            var root = SlackText.Escape($"{work.UserName} started a decision. Answer in this thread; everyone here can take part.");
            var thread = await effects.OnceAsync("root", root, () => api.PostMessageAsync(work.ChannelId, null, new JsonObject { ["text"] = root }, ct), ct).ConfigureAwait(false);
            await RunAsync(work, effects, Message(work, work.Text, thread), thread, SlackReplyMode.Thread, ct).ConfigureAwait(false);
            return;
        }

        var mode = verb is "" or "help" ? SlackReplyMode.EphemeralResponseUrl : SlackReplyMode.ResponseUrl;
        await RunAsync(work, effects, Message(work, verb.Length == 0 ? "help" : work.Text, null), null, mode, ct).ConfigureAwait(false);
    }

    private async Task ActionAsync(SlackWork work, OutboxEffects effects, CancellationToken ct)
    {
        if (SlackJson.ParseObject(work.ActionValue) is not { } data)
        {
            return;
        }

        var kind = SlackJson.Text(data, "advisorbot") ?? "answer";
        var invoke = Message(work, string.Empty, work.ThreadTs);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";
        invoke.Value = JsonSerializer.SerializeToElement(new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = kind, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        });
        var turn = await RunAsync(work, effects, invoke, work.ThreadTs, kind == "feedback" ? SlackReplyMode.Ephemeral : SlackReplyMode.Thread, ct).ConfigureAwait(false);
        if (turn.InvokeResponse?.Body is { } body && work.MessageTs is { } messageTs
            && JsonSerializer.SerializeToNode(body) is JsonObject response
            && SlackJson.Text(response, "type") == Attachment.AdaptiveCardContentType && response["value"] is JsonObject card)
        {
            var refreshed = new Activity { Type = ActivityTypes.Message, Id = messageTs, Summary = "Answered", Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = JsonSerializer.SerializeToElement(card) }] };
            await new SlackTransport(api, effects, work, work.ThreadTs, SlackReplyMode.Thread).UpdateAsync(refreshed, ct).ConfigureAwait(false);
        }
    }

    private async Task<TurnContext> RunAsync(SlackWork work, OutboxEffects effects, Activity activity, string? thread, SlackReplyMode mode, CancellationToken ct)
    {
        var turn = new TurnContext(activity, new SlackTransport(api, effects, work, thread, mode));
        await bot.OnTurnAsync(turn, ct).ConfigureAwait(false);
        return turn;
    }

    private static Activity Message(SlackWork work, string text, string? thread) => new()
    {
        Type = ActivityTypes.Message,
        Id = work.Ts ?? Guid.NewGuid().ToString("N"),
        ChannelId = "slack",
        From = new ChannelAccount { Id = work.UserId, Name = work.UserName },
        Recipient = new ChannelAccount { Id = "advisorbot", Name = "AdvisorBot" },
        Conversation = new ConversationAccount
        {
            Id = work.ConversationId(thread),
            ConversationType = work.IsDirect ? "personal" : "channel",
            IsGroup = !work.IsDirect,
        },
        Text = text,
        TextFormat = TextFormats.Plain,
    };
}
