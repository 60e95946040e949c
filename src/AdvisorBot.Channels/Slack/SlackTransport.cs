using System.Text.Json.Nodes;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;

namespace AdvisorBot.Channels.Slack;

/// <summary>
/// How a turn's replies reach Slack: in the thread (chat.postMessage with thread_ts), at the channel root, as an
/// update of the message acted on, as an ephemeral message for one person, or through a slash command's
/// response_url. Cards become Block Kit; text is escaped.
/// </summary>
public sealed class SlackTransport(SlackApiClient api, SlackWork work, string? thread, SlackReplyMode mode) : ITurnTransport
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken ct)
    {
        if (!activity.IsType(ActivityTypes.Message))
        {
            return new ResourceResponse(null);
        }

        var message = ToSlack(activity);
        switch (mode)
        {
            case SlackReplyMode.Ephemeral when !work.IsDirect:
                await api.PostEphemeralAsync(work.ChannelId, work.UserId, thread, message, ct).ConfigureAwait(false);
                return new ResourceResponse(null);
            case SlackReplyMode.ResponseUrl or SlackReplyMode.EphemeralResponseUrl when work.ResponseUrl is { Length: > 0 } url:
                await api.RespondAsync(url, message, inChannel: mode == SlackReplyMode.ResponseUrl, ct).ConfigureAwait(false);
                return new ResourceResponse(null);
            default:
                return new ResourceResponse(await api.PostMessageAsync(work.ChannelId, work.IsDirect ? null : thread, message, ct).ConfigureAwait(false));
        }
    }

    public async Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken ct)
    {
        await api.UpdateAsync(work.ChannelId, activity.Id!, ToSlack(activity), ct).ConfigureAwait(false);
        return new ResourceResponse(activity.Id);
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct) => Task.CompletedTask;

    public async Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken ct) =>
        new(await api.PostMessageAsync(work.ChannelId, null, ToSlack(activity), ct).ConfigureAwait(false));

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
