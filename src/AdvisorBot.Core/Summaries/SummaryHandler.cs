using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Summaries;

/// <summary>"summary": the conversation's design-review digest. "adr": the latest decision as an Architecture Decision Record.</summary>
public sealed class SummaryHandler(IStateStore store, IAppendLog log, DecisionCatalog catalog, CardRenderer cards)
{
    public async Task HandleAsync(TurnContext turn, DialogCommandKind command, CancellationToken ct)
    {
        switch (command)
        {
            case DialogCommandKind.Summary:
                await turn.SendActivityAsync(await DigestAsync(turn.Activity.ChannelId!, turn.Activity.Conversation!.Id!, cards.HostFor(turn.Activity.ChannelId), turn.Activity, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
                break;
            case DialogCommandKind.Adr:
                var adr = await LatestAdrAsync(turn.Activity.ChannelId!, turn.Activity.Conversation!.Id!, ct).ConfigureAwait(false);
                var reply = turn.Activity.CreateReply(adr ?? "No decision has been finished here yet. Say \"decide\" to start one.");
                reply.TextFormat = adr is null ? TextFormats.Plain : TextFormats.Markdown;
                await turn.SendActivityAsync(reply, ct).ConfigureAwait(false);
                break;
        }
    }

    public async Task<DigestCardData> DigestDataAsync(string channelId, string conversationId, CancellationToken ct)
    {
        var read = await ConversationLog.ReadAsync(log, channelId, conversationId, ct).ConfigureAwait(false);
        return DigestCardData.From(read, $"This conversation in {ChannelName(channelId)}");
    }

    /// <summary>The digest as an activity: a card where the host renders cards, text otherwise.</summary>
    public async Task<Activity> DigestAsync(string channelId, string conversationId, CardHost host, Activity? replyTo, CancellationToken ct)
    {
        var data = await DigestDataAsync(channelId, conversationId, ct).ConfigureAwait(false);
        var activity = replyTo?.CreateReply() ?? new Activity { Type = ActivityTypes.Message };
        if (host == CardHost.None)
        {
            activity.Text = DigestText.Render(data);
            activity.TextFormat = TextFormats.Plain;
        }
        else
        {
            activity.Summary = "Design-review digest";
            activity.Attachments = [cards.Attachment("digest", data, host)];
        }

        return activity;
    }

    /// <summary>The channel as people call it (ids such as "19:…@thread.skype" mean nothing to a reader).</summary>
    private static string ChannelName(string channelId) => channelId switch
    {
        "msteams" => "Teams",
        "directline" or "webchat" => "Web Chat",
        "slack" => "Slack",
        "emulator" => "the Bot Framework Emulator",
        _ => channelId,
    };

    public async Task<string?> LatestAdrAsync(string channelId, string conversationId, CancellationToken ct)
    {
        var read = await ConversationLog.ReadAsync(log, channelId, conversationId, ct).ConfigureAwait(false);
        if (read.Decisions.LastOrDefault() is not { } latest)
        {
            return null;
        }

        var (session, _) = await store.ReadAsync<DialogSession>(latest.HistoryKey, ct).ConfigureAwait(false);
        if (session is null || catalog.Find(session.RootDecisionId) is null)
        {
            return null;
        }

        var progress = DialogProgress.Of(session, catalog);
        return progress.Results.Count == 0 ? null : AdrWriter.Write(progress.Results, session, latest.FinishedAt, progress.Pending);
    }
}
