using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Channels.DirectLine;

/// <summary>
/// Direct Line conversations: started, posted to, read from a watermark. A posted activity is stored (the echo
/// Web Chat waits for, with its <c>channelData.clientActivityID</c> and a server id) before the bot's turn runs;
/// the turn's replies are stored after it, and every append wakes the conversation's streams.
/// </summary>
public sealed class DirectLineConversations(
    IDirectLineStore store,
    DirectLineSignals signals,
    IBot bot,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<DirectLineConversations> logger)
{
    public const string ChannelId = "directline";

    public static ChannelAccount BotAccount() => new() { Id = "advisorbot", Name = "AdvisorBot", Role = "bot" };

    public static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..20];

    public Task<bool> ExistsAsync(string conversationId, CancellationToken ct) => store.ExistsAsync(conversationId, ct);

    /// <summary>Records the conversation and, the first time, lets the bot greet (a conversationUpdate adding it). False when it existed.</summary>
    public async Task<bool> StartAsync(string conversationId, ChannelAccount user, string serviceUrl, CancellationToken ct)
    {
        await store.PruneAsync(time.GetUtcNow() - TimeSpan.FromHours(options.Value.RetentionHours), ct).ConfigureAwait(false);
        if (!await store.StartAsync(conversationId, user.Id!, ct).ConfigureAwait(false))
        {
            return false;
        }

        var bot = BotAccount();
        await RunTurnAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = NewId("cu"),
            Timestamp = time.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            From = user,
            Recipient = bot,
            MembersAdded = [bot, user],
        }, ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Stores the user's activity (the echo), runs the bot's turn on it, and returns the activity's id.</summary>
    public async Task<string> PostAsync(string conversationId, Activity activity, string serviceUrl, CancellationToken ct)
    {
        activity.Id = NewId("a");
        activity.Timestamp = time.GetUtcNow();
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.Recipient = BotAccount();
        activity.From!.Role = "user";
        await AppendAsync(conversationId, activity, ct).ConfigureAwait(false);
        await RunTurnAsync(activity, ct).ConfigureAwait(false);
        return activity.Id;
    }

    public async Task<ActivitySet> ReadAsync(string conversationId, long after, CancellationToken ct)
    {
        var stored = await store.ReadAsync(conversationId, after, options.Value.MaxActivitiesPerSet, ct).ConfigureAwait(false);
        var activities = stored.Select(a => JsonSerializer.Deserialize<JsonElement>(a.Json)).ToList();
        var watermark = stored.Count > 0 ? stored[^1].Watermark : after;
        return new ActivitySet(activities, watermark.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Waits until something is appended to the conversation (take it before reading, see <see cref="DirectLineSignals"/>).</summary>
    public Task NextAppendAsync(string conversationId) => signals.NextAsync(conversationId);

    internal async Task<string> AppendAsync(string conversationId, Activity activity, CancellationToken ct)
    {
        activity.Id ??= NewId("a");
        activity.Timestamp ??= time.GetUtcNow();
        activity.ChannelId ??= ChannelId;
        activity.Conversation ??= new ConversationAccount { Id = conversationId };
        await store.AppendAsync(conversationId, JsonSerializer.Serialize(activity, BotJson.Options), ct).ConfigureAwait(false);
        signals.Signal(conversationId);
        return activity.Id;
    }

    private async Task RunTurnAsync(Activity activity, CancellationToken ct)
    {
        var turn = new TurnContext(activity, new DirectLineTransport(this, activity.Conversation!.Id!));
        try
        {
            await bot.OnTurnAsync(turn, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(ex, "A Direct Line turn failed in conversation {ConversationId}", activity.Conversation.Id);
        }
    }
}
