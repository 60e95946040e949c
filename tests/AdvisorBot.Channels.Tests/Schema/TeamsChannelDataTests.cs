using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Tests.Schema;

public sealed class TeamsChannelDataTests
{
    [Fact]
    public void From_FullChannelData_ReadsTenantTeamAndChannel()
    {
        var activity = WithChannelData("""
            { "tenant": { "id": "t1" }, "team": { "id": "19:team", "name": "Platform" }, "channel": { "id": "19:general", "name": "General" } }
            """, conversationTenant: "t-conversation");

        var data = TeamsChannelData.From(activity);

        Assert.Equal(new TeamsChannelData("t1", "19:team", "Platform", "19:general", "General"), data);
    }

    [Fact]
    public void From_PersonalChat_HasATenantButNoTeamOrChannel()
    {
        var data = TeamsChannelData.From(WithChannelData("""{ "tenant": { "id": "t1" } }"""));

        Assert.Equal(new TeamsChannelData("t1", null, null, null, null), data);
    }

    [Fact]
    public void From_TeamWithoutName_LeavesTheNameNull()
    {
        var data = TeamsChannelData.From(WithChannelData("""{ "team": { "id": "19:team" }, "channel": { "id": "19:x" } }"""));

        Assert.Equal("19:team", data.TeamId);
        Assert.Null(data.TeamName);
        Assert.Equal("19:x", data.ChannelId);
        Assert.Null(data.ChannelName);
    }

    [Fact]
    public void From_NoTenantInChannelData_FallsBackToConversationTenantId()
    {
        var data = TeamsChannelData.From(WithChannelData("""{ "team": { "id": "19:team" } }""", conversationTenant: "t-conversation"));

        Assert.Equal("t-conversation", data.TenantId);
        Assert.Equal("19:team", data.TeamId);
    }

    [Fact]
    public void From_NoChannelData_FallsBackToConversationTenantId()
    {
        var activity = new Activity { Conversation = new ConversationAccount { Id = "c", TenantId = "t-conversation" } };

        Assert.Equal(new TeamsChannelData("t-conversation", null, null, null, null), TeamsChannelData.From(activity));
    }

    [Fact]
    public void From_NoChannelDataAndNoConversation_IsAllNull()
    {
        Assert.Equal(new TeamsChannelData(null, null, null, null, null), TeamsChannelData.From(new Activity()));
    }

    [Fact]
    public void From_TenantInChannelData_WinsOverConversationTenantId()
    {
        var data = TeamsChannelData.From(WithChannelData("""{ "tenant": { "id": "t1" } }""", conversationTenant: "t-conversation"));

        Assert.Equal("t1", data.TenantId);
    }

    [Theory]
    [InlineData("\"just text\"")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    public void From_ChannelDataThatIsNotAnObject_FallsBackToConversationTenantId(string channelData)
    {
        var data = TeamsChannelData.From(WithChannelData(channelData, conversationTenant: "t-conversation"));

        Assert.Equal(new TeamsChannelData("t-conversation", null, null, null, null), data);
    }

    [Fact]
    public void From_PiecesOfTheWrongShape_AreNull()
    {
        var data = TeamsChannelData.From(WithChannelData("""
            { "tenant": "t1", "team": { "id": 42 }, "channel": { "id": null, "name": ["General"] } }
            """, conversationTenant: "t-conversation"));

        Assert.Equal(new TeamsChannelData("t-conversation", null, null, null, null), data);
    }

    private static Activity WithChannelData(string channelData, string? conversationTenant = null) => new()
    {
        Type = ActivityTypes.Message,
        Conversation = new ConversationAccount { Id = "c", TenantId = conversationTenant },
        ChannelData = JsonSerializer.Deserialize<JsonElement>(channelData),
    };
}
