using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Decisions;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Tests.Fakes;

namespace AdvisorBot.Core.Tests.Decisions;

/// <summary>Talks to the decision dialog as people in one conversation would, and collects what it says.</summary>
public sealed class DialogDriver(DecisionCatalog catalog, AdvisorBot.Core.State.IStateStore? store = null, bool team = false)
{
    private int _ids;

    public IStateStoreHolder Store { get; } = new(store ?? new InMemoryStateStore());

    public InMemoryAppendLog Log { get; } = new();

    public DecisionDialog Dialog => new(catalog, Store.Value, Log, new KnowledgeBasePendingAnswerer(), TextCards, TimeProvider.System);

    /// <summary>The bot's one message path, over this driver's store and log.</summary>
    public AdvisorBot.Core.Turns.TurnDispatcher Dispatcher => Dispatch(catalog, Store.Value, Log, TimeProvider.System);

    public static AdvisorBot.Core.Turns.TurnDispatcher Dispatch(DecisionCatalog catalog, AdvisorBot.Core.State.IStateStore store, AdvisorBot.Core.State.IAppendLog log, TimeProvider time)
    {
        var answerer = new KnowledgeBasePendingAnswerer();
        return new(
            new DecisionDialog(catalog, store, log, answerer, TextCards, time),
            new AdvisorBot.Core.Summaries.SummaryHandler(store, log, catalog, TextCards),
            new AskHandler(answerer, store, log, TextCards, time),
            new AdvisorBot.Core.Help.HelpHandler(TextLibrary, TextOptions));
    }

    private static readonly Microsoft.Extensions.Options.IOptions<AdvisorBot.Core.Cards.CardOptions> TextOptions =
        Microsoft.Extensions.Options.Options.Create(new AdvisorBot.Core.Cards.CardOptions { Path = Path.Combine(ShippedDecisions.RepositoryRoot, "cards"), Mode = AdvisorBot.Core.Cards.CardOptions.TextMode });

    private static readonly AdvisorBot.Core.Cards.CardLibrary TextLibrary = new(TextOptions);

    /// <summary>A card renderer over the repository's cards in text mode: these tests read the plain-text replies.</summary>
    public static AdvisorBot.Core.Cards.CardRenderer TextCards => new(TextLibrary, TextOptions);

    public async Task<string> SayAsync(string text, string user = "u1", string? name = null)
    {
        var turn = Turn(text, user, name);
        var buffer = new BufferedTransport();
        await Dispatcher.OnMessageAsync(new TurnContext(turn, buffer), CancellationToken.None);
        return string.Join("\n---\n", buffer.Activities.Select(a => a.Text));
    }

    private Activity Turn(string text, string user, string? name) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"m{Interlocked.Increment(ref _ids)}",
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1:1/",
        Text = text,
        From = new ChannelAccount { Id = user, Name = name ?? user },
        Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = "conv-1", ConversationType = team ? "channel" : "personal", IsGroup = team },
    };
}

public sealed class IStateStoreHolder(AdvisorBot.Core.State.IStateStore value)
{
    public AdvisorBot.Core.State.IStateStore Value { get; } = value;
}
