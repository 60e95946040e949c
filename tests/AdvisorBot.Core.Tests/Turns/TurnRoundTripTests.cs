using AdvisorBot.Channels.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Logging;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Conversations;
using AdvisorBot.Core.Decisions;
using AdvisorBot.Core.State;
using AdvisorBot.Core.Summaries;
using AdvisorBot.Core.Tests.Decisions;
using AdvisorBot.Core.Tests.Fakes;
using AdvisorBot.Core.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace AdvisorBot.Core.Tests.Turns;

/// <summary>
/// How often a turn goes to the store, through the whole turn processor: a decision turn reads the session once and
/// writes it once, conditionally; a question appends one entry to the conversation's log and rewrites nothing.
/// </summary>
public sealed class TurnRoundTripTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly InMemoryStateStore _store = new();
    private readonly InMemoryAppendLog _log = new();
    private readonly TurnProcessor _bot;
    private int _ids;

    public TurnRoundTripTests()
    {
        var time = new FixedTimeProvider(Now);
        var catalog = ShippedDecisions.Load();
        var router = new ActivityRouter().OnMessage(DialogDriver.Dispatch(catalog, _store, _log, time).OnMessageAsync);
        _bot = new TurnProcessor(router, new ConversationReferenceStore(_store, time), new ThrottledLog(time),
            new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddBotTelemetry().BuildServiceProvider().GetRequiredService<AdvisorBot.Channels.Telemetry.BotTelemetry>(),
            NullLogger<TurnProcessor>.Instance);
    }

    [Fact]
    public async Task StartingADecision_InANewConversation_ReadsOnce_AndWritesTheAddressAndTheSession()
    {
        var replies = await SayAsync("decide");

        Assert.Contains("Node.js or Python", replies, StringComparison.Ordinal);
        Assert.Equal(1, _store.Reads);
        Assert.Equal(2, _store.Writes); // the conversation's address, then the new session (create-only)
        Assert.Equal(0, _log.Appends);
    }

    [Fact]
    public async Task AnsweringAQuestion_ReadsTheSessionOnce_AndWritesItOnce()
    {
        await SayAsync("decide");
        var (reads, writes) = (_store.Reads, _store.Writes);

        var replies = await SayAsync("1");

        Assert.Contains("Question 2 of", replies, StringComparison.Ordinal);
        Assert.Equal(1, _store.Reads - reads);
        Assert.Equal(1, _store.Writes - writes);
        Assert.Equal(0, _store.Conflicts);
    }

    [Fact]
    public async Task AWholeDecision_TakesOneReadAndOneWritePerAnswer_PlusTheFinishedRecord()
    {
        await SayAsync("decide");
        var (reads, writes) = (_store.Reads, _store.Writes);
        var answers = 0;
        string replies;
        do
        {
            replies = await SayAsync("1");
            answers++;
        }
        while (!replies.Contains("That's the decision made", StringComparison.Ordinal) && answers < 60);

        Assert.Contains("That's the decision made", replies, StringComparison.Ordinal);
        Assert.Equal(answers, _store.Reads - reads);
        // Answering "1" throughout ends in Node.js, then its framework follow-up: each finished decision of the chain
        // puts the session on record (its copy in the history, an entry in the conversation's log).
        Assert.Equal(answers + 2, _store.Writes - writes);
        Assert.Equal(2, _log.Appends);
        var log = await ConversationLog.ReadAsync(_log, "test", "conv-rt", CancellationToken.None);
        Assert.Equal([1, 2], log.Decisions.Select(d => d.Stage));
        Assert.Equal("Express, Fastify or NestJS?", log.Decisions[0].UnderWay);
        Assert.Single(log.Decisions.Select(d => d.SessionId).Distinct());
        Assert.Single(DigestCardData.From(log, "here").Decisions);
    }

    [Fact]
    public async Task AQuestion_AppendsOneLogEntry_AndRewritesNoDocument()
    {
        await SayAsync("what is the GIL?");
        var writes = _store.Writes;
        await SayAsync("how fast is FastAPI?");

        Assert.Equal(writes, _store.Writes);
        Assert.Equal(2, _log.Appends);
        Assert.DoesNotContain(_store.Keys, k => k.StartsWith(ConversationLog.KeyPrefix, StringComparison.Ordinal));
        var log = await ConversationLog.ReadAsync(_log, "test", "conv-rt", CancellationToken.None);
        Assert.Equal(["what is the GIL?", "how fast is FastAPI?"], log.Questions.Select(q => q.Question));
    }

    private async Task<string> SayAsync(string text)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"m{Interlocked.Increment(ref _ids)}",
            ChannelId = "test",
            ServiceUrl = "http://127.0.0.1:1/",
            Text = text,
            From = new ChannelAccount { Id = "u1", Name = "Ana" },
            Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = "conv-rt", ConversationType = "personal" },
        };
        var buffer = new BufferedTransport();
        await _bot.OnTurnAsync(new TurnContext(activity, buffer), CancellationToken.None);
        return string.Join("\n---\n", buffer.Activities.Select(a => a.Text));
    }
}
