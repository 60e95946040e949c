using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.Tests.Fakes;

namespace AdvisorBot.Core.Tests.Conversations;

public sealed class ConversationReferenceStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly CancellationToken _ct = CancellationToken.None;
    private readonly InMemoryStateStore _store = new();
    private readonly ConversationReferenceStore _conversations;

    public ConversationReferenceStoreTests() => _conversations = new ConversationReferenceStore(_store, new FixedTimeProvider(Now));

    [Fact]
    public async Task RememberAsync_TeamsChannelTurn_StoresTheAddressTenantTeamChannelAndVouched()
    {
        var (turn, _) = Activities.Turn(Activities.Message("hi"), authenticated: true);

        await _conversations.RememberAsync(turn, _ct);

        var stored = await _conversations.FindAsync("msteams", Activities.ConversationId, _ct);
        Assert.NotNull(stored);
        Assert.Equal(Activities.ServiceUrl, stored.Reference.ServiceUrl);
        Assert.Equal(Activities.ConversationId, stored.Reference.Conversation!.Id);
        Assert.Equal("msteams", stored.Reference.ChannelId);
        Assert.Equal(Activities.BotId, stored.Reference.Bot!.Id);
        Assert.Equal(Activities.UserId, stored.Reference.User!.Id);
        Assert.Null(stored.Reference.ActivityId);
        Assert.Equal("tenant-1", stored.TenantId);
        Assert.Equal("19:team@thread.tacv2", stored.TeamId);
        Assert.Equal("19:general@thread.tacv2", stored.TeamChannelId);
        Assert.True(stored.VouchedByToken);
        Assert.Equal(Now, stored.LastSeen);
        Assert.Equal([ConversationReferenceStore.KeyOf("msteams", Activities.ConversationId)], _store.Keys);
    }

    [Fact]
    public async Task RememberAsync_UnauthenticatedTurn_IsStoredAsNotVouched()
    {
        var (turn, _) = Activities.Turn(Activities.Message("hi"), authenticated: false);

        await _conversations.RememberAsync(turn, _ct);

        Assert.False((await _conversations.FindAsync("msteams", Activities.ConversationId, _ct))!.VouchedByToken);
    }

    /// <summary>The memory of written addresses is bounded: past it, it starts again and a conversation is written once more.</summary>
    [Fact]
    public async Task RememberAsync_ManyConversations_KeepsTheMemoryBounded_AndWritesAForgottenOneAgain()
    {
        var conversations = new ConversationReferenceStore(_store, new FixedTimeProvider(Now), remembered: 3);
        async Task TurnIn(string conversationId)
        {
            var activity = Activities.Message("hi");
            activity.Conversation!.Id = conversationId;
            await conversations.RememberAsync(Activities.Turn(activity).Turn, _ct);
        }

        foreach (var id in new[] { "c1", "c2", "c3", "c4", "c5" })
        {
            await TurnIn(id);
            Assert.True(conversations.RememberedCount <= 3, $"{conversations.RememberedCount} remembered");
        }

        Assert.Equal(5, _store.Writes);
        await TurnIn("c5"); // still remembered
        Assert.Equal(5, _store.Writes);
        await TurnIn("c1"); // forgotten when the memory started again: written once more
        Assert.Equal(6, _store.Writes);
        Assert.Equal(5, _store.Keys.Count);
    }

    [Fact]
    public async Task RememberAsync_SecondIdenticalTurn_DoesNotWriteAgain()
    {
        await _conversations.RememberAsync(Activities.Turn(Activities.Message("one")).Turn, _ct);
        await _conversations.RememberAsync(Activities.Turn(Activities.Message("two")).Turn, _ct);

        Assert.Equal(1, _store.Writes);
    }

    [Fact]
    public async Task RememberAsync_ServiceUrlChanged_WritesTheNewAddress()
    {
        await _conversations.RememberAsync(Activities.Turn(Activities.Message("one")).Turn, _ct);
        var moved = Activities.Message("two");
        moved.ServiceUrl = "https://smba.trafficmanager.net/emea/";

        await _conversations.RememberAsync(Activities.Turn(moved).Turn, _ct);

        Assert.Equal(2, _store.Writes);
        Assert.Equal("https://smba.trafficmanager.net/emea/", (await _conversations.FindAsync("msteams", Activities.ConversationId, _ct))!.Reference.ServiceUrl);
    }

    [Fact]
    public async Task RememberAsync_VouchedChanged_WritesAgain()
    {
        await _conversations.RememberAsync(Activities.Turn(Activities.Message("one"), authenticated: false).Turn, _ct);
        await _conversations.RememberAsync(Activities.Turn(Activities.Message("two"), authenticated: true).Turn, _ct);

        Assert.Equal(2, _store.Writes);
        Assert.True((await _conversations.FindAsync("msteams", Activities.ConversationId, _ct))!.VouchedByToken);
    }

    [Fact]
    public async Task RememberAsync_TwoConversations_AreStoredApart()
    {
        var other = Activities.Message("hi");
        other.Conversation = new() { Id = "a:personal-chat" };
        other.ChannelData = null;

        await _conversations.RememberAsync(Activities.Turn(Activities.Message("hi")).Turn, _ct);
        await _conversations.RememberAsync(Activities.Turn(other).Turn, _ct);

        Assert.Equal(2, _store.Writes);
        var personal = await _conversations.FindAsync("msteams", "a:personal-chat", _ct);
        Assert.Null(personal!.TeamId);
        Assert.Null(personal.TenantId);
    }

    [Theory]
    [InlineData("channelId")]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    public async Task RememberAsync_AddressIncomplete_StoresNothing(string missing)
    {
        var activity = Activities.Message("hi");
        switch (missing)
        {
            case "channelId": activity.ChannelId = null; break;
            case "conversation": activity.Conversation = null; break;
            default: activity.ServiceUrl = ""; break;
        }

        await _conversations.RememberAsync(Activities.Turn(activity).Turn, _ct);

        Assert.Equal(0, _store.Writes);
    }

    [Fact]
    public async Task FindAsync_UnknownConversation_ReturnsNull()
    {
        Assert.Null(await _conversations.FindAsync("msteams", "nobody", _ct));
    }

    [Fact]
    public void KeyOf_CombinesChannelAndConversation()
    {
        Assert.Equal("conversation/msteams/19:x", ConversationReferenceStore.KeyOf("msteams", "19:x"));
    }
}
