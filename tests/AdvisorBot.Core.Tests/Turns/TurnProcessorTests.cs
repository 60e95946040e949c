using System.Text.Json;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Logging;
using AdvisorBot.Channels.Telemetry;
using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.Tests.Fakes;
using AdvisorBot.Core.Turns;
using AdvisorBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Core.Tests.Turns;

public sealed class TurnProcessorTests : IDisposable
{
    private const string Secret = "connection string Password=hunter2 at Db.cs:line 42";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly CancellationToken _ct = CancellationToken.None;
    private readonly InMemoryStateStore _store = new();
    private readonly CollectingLogger<TurnProcessor> _logger = new();
    private readonly ConversationReferenceStore _conversations;
    private readonly ServiceProvider _telemetry = new ServiceCollection().AddBotTelemetry().BuildServiceProvider();

    public TurnProcessorTests() => _conversations = new ConversationReferenceStore(_store, new FixedTimeProvider(Now));

    public void Dispose() => _telemetry.Dispose();

    private TurnProcessor Processor(ActivityRouter router) =>
        new(router, _conversations, new ThrottledLog(new FixedTimeProvider(Now)), _telemetry.GetRequiredService<BotTelemetry>(), _logger);

    private static Task Throw(Channels.Turns.TurnContext turn, CancellationToken ct) => throw new InvalidOperationException(Secret);

    /// <summary>
    /// The conversation's reference is written beside the turn rather than before it, so its write can share a commit
    /// with the turn's own; the turn still ends only once the reference is stored.
    /// </summary>
    [Fact]
    public async Task OnTurnAsync_TheTurnRunsWhileItsReferenceIsWritten_AndEndsOnlyOnceItIsStored()
    {
        var store = new GatedStateStore("conversation/");
        var conversations = new ConversationReferenceStore(store, new FixedTimeProvider(Now));
        var processor = new TurnProcessor(new ActivityRouter().OnMessage((turn, ct) => turn.SendActivityAsync("routed", ct)), conversations,
            new ThrottledLog(new FixedTimeProvider(Now)), _telemetry.GetRequiredService<BotTelemetry>(), _logger);
        var (turn, transport) = Activities.Turn(Activities.Message("help"));

        var running = processor.OnTurnAsync(turn, _ct);
        await store.Waiting.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntilAsync(() => transport.Activities.Count == 1);

        Assert.Equal("routed", Assert.Single(transport.Activities).Text);
        Assert.False(running.IsCompleted, "the turn ended before its conversation reference was stored");
        store.Open();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(await conversations.FindAsync(turn.Activity.ChannelId!, turn.Activity.Conversation!.Id!, _ct));
    }

    /// <summary>
    /// A reference that cannot be stored does not turn a turn that went through into an apology, which would invite
    /// the user to send the same answer again; it is logged.
    /// </summary>
    [Fact]
    public async Task OnTurnAsync_TheReferenceCannotBeStored_TheTurnsRepliesStand_AndTheFailureIsLogged()
    {
        var store = new GatedStateStore("conversation/", new IOException("disk full"));
        var conversations = new ConversationReferenceStore(store, new FixedTimeProvider(Now));
        var processor = new TurnProcessor(new ActivityRouter().OnMessage((turn, ct) => turn.SendActivityAsync("Noted: Yes.", ct)), conversations,
            new ThrottledLog(new FixedTimeProvider(Now)), _telemetry.GetRequiredService<BotTelemetry>(), _logger);
        var (turn, transport) = Activities.Turn(Activities.Message("yes"));

        await processor.OnTurnAsync(turn, _ct);

        Assert.Equal("Noted: Yes.", Assert.Single(transport.Activities).Text);
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("disk full", StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "the condition did not hold within 10 s");
            await Task.Delay(5);
        }
    }

    [Fact]
    public async Task OnTurnAsync_MessageHandlerThrows_UserGetsTheApologyAndNothingOfTheException()
    {
        var (turn, transport) = Activities.Turn(Activities.Message("decide"));

        await Processor(new ActivityRouter().OnMessage(Throw)).OnTurnAsync(turn, _ct);

        var reply = Assert.Single(transport.Activities);
        Assert.Equal(TurnProcessor.ApologyText, reply.Text);
        Assert.Equal(Activities.UserId, reply.Recipient!.Id);
        var json = JsonSerializer.Serialize(reply, BotJson.Options);
        Assert.DoesNotContain("hunter2", json, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_HandlerThrows_CountsTheTurn_AndItsError_ByKindAndChannel()
    {
        using var meter = new MeterRecorder(_telemetry);
        var (failing, _) = Activities.Turn(Activities.Message("decide"));
        var (fine, _) = Activities.Turn(Activities.Message("help"));

        await Processor(new ActivityRouter().OnMessage(Throw)).OnTurnAsync(failing, _ct);
        await Processor(new ActivityRouter().OnMessage((turn, ct) => turn.SendActivityAsync("ok", ct))).OnTurnAsync(fine, _ct);

        var channel = BotTelemetry.ChannelOf(failing.Activity.ChannelId);
        Assert.Equal(2, meter.Sum("advisorbot.turns", ("kind", "message"), ("channel", channel)));
        Assert.Equal(2, meter.Count("advisorbot.turn.duration", ("kind", "message")));
        Assert.Equal(1, meter.Sum("advisorbot.turn.errors", ("kind", "message"), ("channel", channel), ("error", nameof(InvalidOperationException))));
    }

    [Fact]
    public async Task OnTurnAsync_HandlerThrows_TheExceptionIsLoggedInFull()
    {
        var (turn, _) = Activities.Turn(Activities.Message("decide"));

        await Processor(new ActivityRouter().OnMessage(Throw)).OnTurnAsync(turn, _ct);

        var entry = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal(Secret, Assert.IsType<InvalidOperationException>(entry.Exception).Message);
        Assert.Contains(Activities.ConversationId, entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_HandlerThrowsAfterSending_TheApologyFollowsWhatWasSent()
    {
        var router = new ActivityRouter().OnMessage(async (turn, ct) =>
        {
            await turn.SendActivityAsync("working on it", ct);
            throw new InvalidOperationException(Secret);
        });
        var (turn, transport) = Activities.Turn(Activities.Message("decide"));

        await Processor(router).OnTurnAsync(turn, _ct);

        Assert.Equal(["working on it", TurnProcessor.ApologyText], transport.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task OnTurnAsync_InvokeHandlerThrows_InvokeAnswersAnError500BodyWithoutTheExceptionMessage()
    {
        var router = new ActivityRouter().OnInvoke("adaptiveCard/action", (_, _) => throw new InvalidOperationException(Secret));
        var (turn, transport) = Activities.Turn(Activities.Invoke("adaptiveCard/action"));

        await Processor(router).OnTurnAsync(turn, _ct);

        // Universal Actions carry the error in the body; the HTTP answer is 200 so the channel does not redeliver.
        Assert.Equal(200, turn.InvokeResponse!.Status);
        var body = JsonSerializer.SerializeToElement(turn.InvokeResponse.Body, BotJson.Options);
        Assert.Equal(500, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("InternalError", body.GetProperty("value").GetProperty("code").GetString());
        Assert.Equal(TurnProcessor.ApologyText, body.GetProperty("value").GetProperty("message").GetString());
        Assert.DoesNotContain("hunter2", body.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(transport.Activities);
    }

    [Fact]
    public async Task OnTurnAsync_ConversationUpdateHandlerThrows_SendsNothingAndDoesNotThrow()
    {
        var (turn, transport) = Activities.Turn(Activities.MembersAdded(Activities.BotId));

        await Processor(new ActivityRouter().OnConversationUpdate(Throw)).OnTurnAsync(turn, _ct);

        Assert.Empty(transport.Activities);
        Assert.Null(turn.InvokeResponse);
        Assert.Single(_logger.Entries, e => e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task OnTurnAsync_TurnCancelled_CancellationPropagatesWithoutAnApology()
    {
        using var cts = new CancellationTokenSource();
        var router = new ActivityRouter().OnMessage((_, ct) =>
        {
            cts.Cancel();
            ct.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        });
        var (turn, transport) = Activities.Turn(Activities.Message("decide"));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Processor(router).OnTurnAsync(turn, cts.Token));

        Assert.Empty(transport.Activities);
    }

    [Fact]
    public async Task OnTurnAsync_RoutesTheActivity()
    {
        var router = new ActivityRouter().OnMessage((turn, ct) => turn.SendActivityAsync("echo: " + turn.Text, ct));
        var (turn, transport) = Activities.Turn(Activities.Message("hello"));

        await Processor(router).OnTurnAsync(turn, _ct);

        Assert.Equal("echo: hello", Assert.Single(transport.Activities).Text);
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public async Task OnTurnAsync_RemembersTheConversationReference()
    {
        var (turn, _) = Activities.Turn(Activities.Message("hello"));

        await Processor(new ActivityRouter()).OnTurnAsync(turn, _ct);

        var stored = await _conversations.FindAsync("msteams", Activities.ConversationId, _ct);
        Assert.NotNull(stored);
        Assert.Equal(Activities.ServiceUrl, stored.Reference.ServiceUrl);
        Assert.Equal(Activities.BotId, stored.Reference.Bot!.Id);
        Assert.Equal(Now, stored.LastSeen);
    }

    [Fact]
    public async Task OnTurnAsync_HandlerThrows_TheConversationIsStillRemembered()
    {
        var (turn, _) = Activities.Turn(Activities.Message("decide"));

        await Processor(new ActivityRouter().OnMessage(Throw)).OnTurnAsync(turn, _ct);

        Assert.NotNull(await _conversations.FindAsync("msteams", Activities.ConversationId, _ct));
    }
}
