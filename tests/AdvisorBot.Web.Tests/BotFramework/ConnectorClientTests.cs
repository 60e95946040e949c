using AdvisorBot.Channels.BotFramework.Connector;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AdvisorBot.Web.Tests.BotFramework;

/// <summary>The outbound Connector client, as the host wires it, against the recording loopback connector.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string TeamsConversation = "19:abc@thread.skype;messageid=42";
    private FakeBotFrameworkCloud _cloud = null!;
    private BotApplication _bot = null!;

    public async Task InitializeAsync()
    {
        _cloud = await FakeBotFrameworkCloud.StartAsync();
        _bot = new BotApplication(BotApplication.Authenticated(_cloud, AppId), services: BotApplication.TrustingCertificateOf(_cloud));
    }

    public async Task DisposeAsync()
    {
        _bot.Dispose();
        await _cloud.DisposeAsync();
    }

    [Fact]
    public async Task EveryOperation_UsesItsRoute_WithEscapedIds_AndTheBearerToken()
    {
        _bot.Services.GetRequiredService<ServiceUrlTrust>().Trust(_cloud.ServiceUrl);
        var connector = _bot.Services.GetRequiredService<ConnectorClient>();
        var message = new Activity { Type = ActivityTypes.Message, Text = "hi", Conversation = new ConversationAccount { Id = TeamsConversation } };
        var ct = CancellationToken.None;

        var sent = await connector.SendToConversationAsync(_cloud.ServiceUrl, TeamsConversation, message, ct);
        await connector.ReplyToActivityAsync(_cloud.ServiceUrl, TeamsConversation, "1:2", message, ct);
        await connector.UpdateActivityAsync(_cloud.ServiceUrl, TeamsConversation, "1:2", message, ct);
        await connector.DeleteActivityAsync(_cloud.ServiceUrl, TeamsConversation, "1:2", ct);
        await connector.CreateConversationAsync(_cloud.ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:advisorbot" },
            Members = [new ChannelAccount { Id = "29:user-ana" }],
            TenantId = "tenant-1",
        }, ct);

        Assert.StartsWith("activity-", sent.Id, StringComparison.Ordinal);
        var escaped = Uri.EscapeDataString(TeamsConversation);
        Assert.Equal(
            [
                $"POST /connector/v3/conversations/{escaped}/activities",
                $"POST /connector/v3/conversations/{escaped}/activities/1%3A2",
                $"PUT /connector/v3/conversations/{escaped}/activities/1%3A2",
                $"DELETE /connector/v3/conversations/{escaped}/activities/1%3A2",
                "POST /connector/v3/conversations",
            ],
            _cloud.ConnectorCalls.Select(c => $"{c.Method} {c.RawTarget}"));
        Assert.All(_cloud.ConnectorCalls, c => Assert.Equal($"Bearer {_cloud.AccessToken}", c.Authorization));
    }

    [Fact]
    public async Task ServiceUrlNoTokenVouchedFor_IsRefused_AndNothingIsSent()
    {
        var connector = _bot.Services.GetRequiredService<ConnectorClient>();
        var message = new Activity { Type = ActivityTypes.Message, Text = "hi" };

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            connector.SendToConversationAsync(_cloud.ServiceUrl, "a:1", message, CancellationToken.None));

        Assert.Empty(_cloud.ConnectorCalls);
    }
}
