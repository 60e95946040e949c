using AdvisorBot.Channels.BotFramework;
using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Tests.BotFramework;

/// <summary>What names one delivery of an activity for the redelivery check.</summary>
public sealed class DeliveryKeyTests
{
    private static Activity Stamped(string id, DateTimeOffset? at, string conversation = "19:general@thread.skype") => new()
    {
        Type = "message",
        Id = id,
        Timestamp = at,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversation },
    };

    [Fact]
    public void TheSameActivityDeliveredAgain_HasTheSameKey_AndTheSameInstantInAnotherOffsetToo()
    {
        var at = new DateTimeOffset(2026, 12, 6, 23, 59, 59, 999, TimeSpan.Zero);
        var first = BotFrameworkAdapter.DeliveryKey(Stamped("1", at));

        Assert.Equal(first, BotFrameworkAdapter.DeliveryKey(Stamped("1", at)));
        Assert.Equal(first, BotFrameworkAdapter.DeliveryKey(Stamped("1", at.ToOffset(TimeSpan.FromHours(-8)))));
    }

    [Fact]
    public void KeysOfActivitiesStampedLater_SortAfter_WhateverTheirIdsAndConversations()
    {
        var at = new DateTimeOffset(2026, 12, 6, 23, 59, 59, 999, TimeSpan.Zero);
        string[] inOrder =
        [
            BotFrameworkAdapter.DeliveryKey(Stamped("z", at, "b")),
            BotFrameworkAdapter.DeliveryKey(Stamped("a", at.AddTicks(1), "z")),
            BotFrameworkAdapter.DeliveryKey(Stamped("m", at.AddMilliseconds(1), "a")),
            BotFrameworkAdapter.DeliveryKey(Stamped("b", at.AddDays(400), "a")),
        ];

        Assert.Equal(inOrder, inOrder.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ActivitiesThatDiffer_InIdOrConversation_HaveDifferentKeys_AndAnUnstampedOneIsKeyedByItsIds()
    {
        var at = DateTimeOffset.UnixEpoch.AddYears(56);
        Assert.NotEqual(BotFrameworkAdapter.DeliveryKey(Stamped("1", at)), BotFrameworkAdapter.DeliveryKey(Stamped("2", at)));
        Assert.NotEqual(BotFrameworkAdapter.DeliveryKey(Stamped("1", at, "a")), BotFrameworkAdapter.DeliveryKey(Stamped("1", at, "b")));
        Assert.Equal("msteams|19:general@thread.skype|1", BotFrameworkAdapter.DeliveryKey(Stamped("1", null)));
    }
}
