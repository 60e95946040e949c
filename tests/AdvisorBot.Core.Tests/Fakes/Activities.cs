using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;

namespace AdvisorBot.Core.Tests.Fakes;

/// <summary>Inbound activities as Teams sends them, and turns over a buffered transport.</summary>
public static class Activities
{
    public const string BotId = "28:bot";
    public const string UserId = "29:ana";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string ConversationId = "19:general@thread.tacv2";

    public static Activity Message(string text) => Inbound(ActivityTypes.Message, text);

    public static Activity Invoke(string name, object? value = null)
    {
        var activity = Inbound(ActivityTypes.Invoke);
        activity.Name = name;
        activity.Value = value is null ? null : JsonSerializer.SerializeToElement(value);
        return activity;
    }

    public static Activity Event(string name)
    {
        var activity = Inbound(ActivityTypes.Event);
        activity.Name = name;
        return activity;
    }

    public static Activity MembersAdded(params string[] memberIds)
    {
        var activity = Inbound(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [.. memberIds.Select(id => new ChannelAccount { Id = id })];
        return activity;
    }

    public static Activity Inbound(string type, string? text = null) => new()
    {
        Type = type,
        Id = "in-" + Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = UserId, Name = "Ana" },
        Recipient = new ChannelAccount { Id = BotId, Name = "AdvisorBot" },
        Conversation = new ConversationAccount { Id = ConversationId, TenantId = "tenant-1", ConversationType = "channel", IsGroup = true },
        ChannelData = JsonSerializer.SerializeToElement(new
        {
            tenant = new { id = "tenant-1" },
            team = new { id = "19:team@thread.tacv2", name = "Platform" },
            channel = new { id = "19:general@thread.tacv2", name = "General" },
        }),
        Text = text,
    };

    public static (TurnContext Turn, BufferedTransport Transport) Turn(Activity activity, bool authenticated = true)
    {
        var transport = new BufferedTransport();
        return (new TurnContext(activity, transport) { ServiceUrlVouched = authenticated }, transport);
    }
}
