using System.Net;
using System.Text.Json.Nodes;
using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.Help;
using AdvisorBot.Core.State;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AdvisorBot.Web.Tests.BotFramework;

/// <summary>What a bot in Teams must do: read commands past its own @mention, introduce itself, remember where it lives.</summary>
public sealed class TeamsBehaviourTests : IAsyncLifetime
{
    private FakeBotFrameworkCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await FakeBotFrameworkCloud.StartAsync();

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task BotsOwnMention_IsRemovedBeforeTheCommandIsRead_OtherMentionsStay()
    {
        using var bot = new BotApplication();
        var activity = Activities.Message("<at>AdvisorBot</at> help", _cloud.ServiceUrl);
        activity["deliveryMode"] = "expectReplies";
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>AdvisorBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:advisorbot", ["name"] = "AdvisorBot" } },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US" });

        var reply = await ReplyAsync(bot, activity);

        // "help" was recognised: the help reply carries the card.
        Assert.NotNull(reply["attachments"]);
    }

    [Fact]
    public async Task AnotherUsersMention_IsNotStripped_SoTheTextIsNoLongerACommand()
    {
        using var bot = new BotApplication(new() { ["Cards:Mode"] = "text" });
        var activity = Activities.Message("<at>Ana</at> help", _cloud.ServiceUrl);
        activity["deliveryMode"] = "expectReplies";
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["text"] = "<at>Ana</at>", ["mentioned"] = new JsonObject { ["id"] = "29:user-ana", ["name"] = "Ana" } });

        var reply = await ReplyAsync(bot, activity);

        // Not the help command: the text goes to the question answerer instead of listing the commands.
        Assert.DoesNotContain("Commands:", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(reply["attachments"]);
    }

    [Fact]
    public async Task BotAddedToAConversation_IntroducesItselfOnce()
    {
        using var bot = new BotApplication();
        var update = ConversationUpdate(membersAdded: ["28:advisorbot", "29:user-ana"]);

        var response = await bot.CreateClient().SendAsync(Activities.Post(update));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_cloud.ConnectorCalls);
        Assert.Contains("AdvisorBot", JsonNode.Parse(call.Body)!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(BotIntroduction.Welcome, JsonNode.Parse(call.Body)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnotherMemberAdded_GetsNoIntroduction()
    {
        using var bot = new BotApplication();

        var response = await bot.CreateClient().SendAsync(Activities.Post(ConversationUpdate(membersAdded: ["29:user-ben"])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_cloud.ConnectorCalls);
    }

    [Fact]
    public async Task EveryConversationsReference_IsPersisted_WithTenantTeamAndChannel()
    {
        using var bot = new BotApplication();
        var activity = Activities.Message("hello", _cloud.ServiceUrl);
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "tenant-42" },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.skype", ["name"] = "Platform" },
            ["channel"] = new JsonObject { ["id"] = "19:general@thread.skype", ["name"] = "General" },
        };

        await bot.CreateClient().SendAsync(Activities.Post(activity));

        var store = bot.Services.GetRequiredService<IStateStore>();
        var (stored, _) = await store.ReadAsync<StoredConversation>(
            ConversationReferenceStore.KeyOf("msteams", "19:general@thread.skype;messageid=1"), CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(_cloud.ServiceUrl, stored.Reference.ServiceUrl);
        Assert.Equal("28:advisorbot", stored.Reference.Bot!.Id);
        Assert.Equal("tenant-42", stored.TenantId);
        Assert.Equal("19:team@thread.skype", stored.TeamId);
        Assert.Equal("19:general@thread.skype", stored.TeamChannelId);
    }

    private static async Task<JsonNode> ReplyAsync(BotApplication bot, JsonObject activity)
    {
        var response = await bot.CreateClient().SendAsync(Activities.Post(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]![0]!;
    }

    private JsonObject ConversationUpdate(string[] membersAdded)
    {
        var update = Activities.Message("", _cloud.ServiceUrl);
        update["type"] = "conversationUpdate";
        update.Remove("text");
        update["membersAdded"] = new JsonArray([.. membersAdded.Select(id => new JsonObject { ["id"] = id })]);
        return update;
    }
}
