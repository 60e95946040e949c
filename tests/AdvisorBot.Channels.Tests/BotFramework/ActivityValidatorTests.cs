using AdvisorBot.Channels.BotFramework;
using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Tests.BotFramework;

public sealed class ActivityValidatorTests
{
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";

    [Theory]
    [InlineData(null, "c", TeamsServiceUrl, "'type'")]
    [InlineData("", "c", TeamsServiceUrl, "'type'")]
    [InlineData("  ", "c", TeamsServiceUrl, "'type'")]
    [InlineData("message", null, TeamsServiceUrl, "'conversation.id'")]
    [InlineData("message", " ", TeamsServiceUrl, "'conversation.id'")]
    [InlineData("message", "c", null, "'serviceUrl'")]
    [InlineData("message", "c", "", "'serviceUrl'")]
    [InlineData("message", "c", "http://example.com", "'serviceUrl'")]
    [InlineData("message", "c", "http://x.example/", "'serviceUrl'")]
    [InlineData("message", "c", "ftp://x.example/", "'serviceUrl'")]
    [InlineData("message", "c", "not a url", "'serviceUrl'")]
    [InlineData("message", "c", "/relative/path", "'serviceUrl'")]
    [InlineData("conversationUpdate", "c", "http://example.com", "'serviceUrl'")]
    [InlineData("invoke", "c", TeamsServiceUrl, "'name'")]
    public void Problem_UnusableActivity_NamesTheMissingOrBadField(string? type, string? conversation, string? serviceUrl, string field)
    {
        var activity = Activity(type, conversation, serviceUrl);

        Assert.Contains(field, ActivityValidator.Problem(activity), StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_NoConversationAtAll_NamesConversationId()
    {
        var activity = new Activity { Type = ActivityTypes.Message, ServiceUrl = TeamsServiceUrl };

        Assert.Contains("'conversation.id'", ActivityValidator.Problem(activity), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TeamsServiceUrl)]
    [InlineData("https://example.com")]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://127.0.0.1:56150/_connector")]
    [InlineData("http://localhost:3979/")]
    [InlineData("http://[::1]:3979/")]
    public void Problem_MessageWithHttpsOrLoopbackServiceUrl_IsNull(string serviceUrl)
    {
        Assert.Null(ActivityValidator.Problem(Activity("message", "c", serviceUrl)));
    }

    [Theory]
    [InlineData("conversationUpdate")]
    [InlineData("event")]
    [InlineData("typing")]
    public void Problem_NonMessageWithoutServiceUrl_IsNull(string type)
    {
        Assert.Null(ActivityValidator.Problem(Activity(type, "c", serviceUrl: null)));
    }

    [Fact]
    public void Problem_InvokeWithName_IsNull()
    {
        var activity = Activity("invoke", "c", TeamsServiceUrl);
        activity.Name = "adaptiveCard/action";

        Assert.Null(ActivityValidator.Problem(activity));
    }

    [Fact]
    public void Problem_TypeInAnotherCase_IsStillCheckedAsThatType()
    {
        Assert.Contains("'serviceUrl'", ActivityValidator.Problem(Activity("MESSAGE", "c", serviceUrl: null)), StringComparison.Ordinal);
        Assert.Contains("'name'", ActivityValidator.Problem(Activity("Invoke", "c", TeamsServiceUrl)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("message")]
    [InlineData("Message")]
    [InlineData("conversationUpdate")]
    [InlineData("installationUpdate")]
    [InlineData("invoke")]
    [InlineData("event")]
    [InlineData("typing")]
    [InlineData("endOfConversation")]
    [InlineData("messageReaction")]
    [InlineData("messageUpdate")]
    [InlineData("messageDelete")]
    public void IsKnownType_TypeTheBotHandles_IsTrue(string type)
    {
        Assert.True(ActivityValidator.IsKnownType(new Activity { Type = type }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("trace")]
    [InlineData("handoff")]
    [InlineData("somethingNew")]
    public void IsKnownType_OtherType_IsFalse(string? type)
    {
        Assert.False(ActivityValidator.IsKnownType(new Activity { Type = type }));
    }

    private static Activity Activity(string? type, string? conversation, string? serviceUrl) => new()
    {
        Type = type,
        Conversation = conversation is null ? null : new ConversationAccount { Id = conversation },
        ServiceUrl = serviceUrl,
    };
}
