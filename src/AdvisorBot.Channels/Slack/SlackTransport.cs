using System.Text.Json.Nodes;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Outbox;
using AdvisorBot.Channels.Turns;

namespace AdvisorBot.Channels.Slack;

/// <summary>
/// How a turn's replies reach Slack: in the thread (chat.postMessage with thread_ts), at the channel root, as an
/// update of the message acted on, as an ephemeral message for one person, or through a slash command's
/// response_url. Cards become Block Kit; text is escaped.
/// </summary>
public sealed class SlackTransport(SlackApiClient api, OutboxEffects effects, SlackWork work, string? thread, SlackReplyMode mode) : ITurnTransport
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken ct)
    {
        if (!activity.IsType(ActivityTypes.Message))
        {
            return new ResourceResponse(null);
        }

        var message = ToSlack(activity);
        var content = message.ToJsonString();
        switch (mode)
        {
            case SlackReplyMode.Ephemeral when !work.IsDirect:
                await effects.OnceAsync("ephemeral", content, async () =>
                {
                    await api.PostEphemeralAsync(work.ChannelId, work.UserId, thread, message, ct).ConfigureAwait(false);
                    return null;
                }, ct).ConfigureAwait(false);
                return new ResourceResponse(null);
            case SlackReplyMode.ResponseUrl or SlackReplyMode.EphemeralResponseUrl when work.ResponseUrl is { Length: > 0 } url:
                await effects.OnceAsync("respond", content, async () =>
                {
                    await api.RespondAsync(url, message, inChannel: mode == SlackReplyMode.ResponseUrl, ct).ConfigureAwait(false);
                    return null;
                }, ct).ConfigureAwait(false);
                return new ResourceResponse(null);
            default:
                return new ResourceResponse(await effects.OnceAsync("post", content,
                    () => api.PostMessageAsync(work.ChannelId, work.IsDirect ? null : thread, message, ct), ct).ConfigureAwait(false));
        }
    }

    public async Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken ct)
    {
        var message = ToSlack(activity);
        await effects.OnceAsync("update:" + activity.Id, message.ToJsonString(), async () =>
        {
            await api.UpdateAsync(work.ChannelId, activity.Id!, message, ct).ConfigureAwait(false);
            return activity.Id;
        }, ct).ConfigureAwait(false);
        return new ResourceResponse(activity.Id);
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct) => Task.CompletedTask;

    public async Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken ct)
    {
        var message = ToSlack(activity);
        return new(await effects.OnceAsync("post-root", message.ToJsonString(), () => api.PostMessageAsync(work.ChannelId, null, message, ct), ct).ConfigureAwait(false));
    }

    public static JsonObject ToSlack(Activity activity)
    {
        var card = activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content;
        var fallback = activity.Summary ?? activity.Text ?? "AdvisorBot";
        return card is { } content
            ? BlockKitRenderer.Render(JsonNode.Parse(content.GetRawText())!.AsObject(), fallback)
            : new JsonObject { ["text"] = SlackText.Cut(SlackText.Escape(activity.Text ?? string.Empty), 40_000) };
    }
}

public enum SlackReplyMode
{
    Thread,
    Ephemeral,
    ResponseUrl,
    EphemeralResponseUrl,
}
