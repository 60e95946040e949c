using System.Collections.Concurrent;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Conversations;

/// <summary>
/// Persists every conversation's reference for proactive posts. A reference is written when it is new or its
/// address changed, not on every turn, and then as one write (no read first: the new address replaces the old).
/// What was written is remembered for at most <see cref="Remembered"/> conversations: past that the memory starts
/// again, which costs each conversation one more write, not a lost reference.
/// </summary>
public sealed class ConversationReferenceStore(IStateStore store, TimeProvider time, int remembered = ConversationReferenceStore.Remembered)
{
    /// <summary>How many conversations' written addresses are kept in memory by default.</summary>
    public const int Remembered = 100_000;

    private readonly ConcurrentDictionary<string, string> _written = new(StringComparer.Ordinal);

    /// <summary>How many conversations' written addresses are in memory now.</summary>
    public int RememberedCount => _written.Count;

    public static string KeyOf(string channelId, string conversationId) => $"conversation/{channelId}/{conversationId}";

    public async Task RememberAsync(TurnContext turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        if (activity.ChannelId is not { } channelId || activity.Conversation?.Id is not { } conversationId
            || string.IsNullOrEmpty(activity.ServiceUrl))
        {
            return;
        }

        var key = KeyOf(channelId, conversationId);
        var teams = TeamsChannelData.From(activity);
        var fingerprint = $"{activity.ServiceUrl}|{teams.TenantId}|{teams.TeamId}|{teams.ChannelId}|{turn.ServiceUrlVouched}";
        if (_written.TryGetValue(key, out var last) && last == fingerprint)
        {
            return;
        }

        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        var stored = new StoredConversation(reference, teams.TenantId, teams.TeamId, teams.ChannelId, turn.ServiceUrlVouched, time.GetUtcNow());
        await store.PutAsync(key, stored, ct).ConfigureAwait(false);
        if (_written.Count >= remembered)
        {
            _written.Clear();
        }

        _written[key] = fingerprint;
    }

    public async Task<StoredConversation?> FindAsync(string channelId, string conversationId, CancellationToken ct)
    {
        var (value, _) = await store.ReadAsync<StoredConversation>(KeyOf(channelId, conversationId), ct).ConfigureAwait(false);
        return value;
    }
}
