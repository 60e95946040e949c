using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;

namespace AdvisorBot.Channels.DirectLine;

/// <summary>A turn's replies on Direct Line: appended to the conversation's activities, where streams and polls read them.</summary>
public sealed class DirectLineTransport(DirectLineConversations conversations, string conversationId) : ITurnTransport
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken ct) => AppendAsync(activity, ct);

    /// <summary>Web Chat has no in-place update: the new version follows as a message of its own.</summary>
    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken ct)
    {
        activity.Id = null;
        return AppendAsync(activity, ct);
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct) => Task.CompletedTask;

    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken ct) => AppendAsync(activity, ct);

    private async Task<ResourceResponse> AppendAsync(Activity activity, CancellationToken ct)
    {
        if (activity.From is { } from)
        {
            from.Role ??= "bot";
        }

        var id = await conversations.AppendAsync(conversationId, LineBreaks.KeepForMarkdownClients(activity), ct).ConfigureAwait(false);
        return new ResourceResponse(id);
    }
}
