using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;

namespace AdvisorBot.Channels.Tests.Turns;

public sealed class BufferedTransportTests
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task SendAsync_CollectsActivitiesInOrder_AndPostsNothing()
    {
        var transport = new BufferedTransport();

        var first = await transport.SendAsync(new Activity { Text = "one" }, _ct);
        await transport.SendAsync(new Activity { Text = "two" }, _ct);

        Assert.Equal(["one", "two"], transport.Activities.Select(a => a.Text));
        Assert.Null(first.Id);
    }

    [Fact]
    public async Task UpdateAsync_IsCollectedLikeASend()
    {
        var transport = new BufferedTransport();

        await transport.UpdateAsync(new Activity { Id = "a1", Text = "edited" }, _ct);

        Assert.Equal("edited", Assert.Single(transport.Activities).Text);
    }

    [Fact]
    public async Task DeleteAsync_CollectsNothing()
    {
        var transport = new BufferedTransport();
        await transport.SendAsync(new Activity { Text = "one" }, _ct);

        await transport.DeleteAsync(new ConversationReference(), "a1", _ct);

        Assert.Single(transport.Activities);
    }

    [Fact]
    public async Task Activities_IsASnapshot_ThatLaterSendsDoNotChange()
    {
        var transport = new BufferedTransport();
        await transport.SendAsync(new Activity { Text = "one" }, _ct);

        var snapshot = transport.Activities;
        await transport.SendAsync(new Activity { Text = "two" }, _ct);

        Assert.Single(snapshot);
        Assert.Equal(2, transport.Activities.Count);
    }

    [Fact]
    public async Task SendAsync_FromManyThreads_LosesNoActivity()
    {
        var transport = new BufferedTransport();

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            transport.SendAsync(new Activity { Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, _ct))));

        Assert.Equal(200, transport.Activities.Select(a => a.Text).Distinct().Count());
    }
}
