using System.Diagnostics;
using System.Diagnostics.Metrics;
using AdvisorBot.Channels.BotFramework.Schema;
using AdvisorBot.Channels.Outbox;

namespace AdvisorBot.Channels.Telemetry;

/// <summary>
/// The bot's own traces and metrics: the <see cref="Source"/> activity source (one span per turn) and the
/// "AdvisorBot" meter (turns by kind and channel, turn latency, failed turns, answers against abstentions, outbound
/// retries, outbox depth). Instruments come from the host's <see cref="IMeterFactory"/>, so two hosts in one process
/// (as in the tests) count apart. Tag values are bounded: an activity type or channel the bot does not know counts as
/// "other", since both come from the request.
/// </summary>
public sealed class BotTelemetry
{
    public const string Name = "AdvisorBot";

    /// <summary>Spans of turns, named "turn {kind}".</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
        ActivityTypes.Event, ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete,
        ActivityTypes.Typing, ActivityTypes.EndOfConversation,
    };

    private static readonly HashSet<string> Channels = new(StringComparer.Ordinal)
    {
        "msteams", "slack", "directline", "webchat", "emulator", "test", "m365extensions", "outlook", "email",
    };

    private static readonly double[] LatencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _turnErrors;
    private readonly Counter<long> _answers;
    private readonly Counter<long> _retries;

    public BotTelemetry(IMeterFactory meters, IEnumerable<IOutboxDepth> outboxes)
    {
        _meter = meters.Create(Name);
        _turns = _meter.CreateCounter<long>("advisorbot.turns", "{turn}", "Turns run, by activity kind and channel.");
        _turnDuration = _meter.CreateHistogram("advisorbot.turn.duration", "s", "Time from the start of a turn to its last reply.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _turnErrors = _meter.CreateCounter<long>("advisorbot.turn.errors", "{turn}", "Turns that failed and were answered with an apology.");
        _answers = _meter.CreateCounter<long>("advisorbot.answers", "{answer}", "Questions to the knowledge base, by outcome: answered or abstained.");
        _retries = _meter.CreateCounter<long>("advisorbot.outbound.retries", "{retry}", "Outbound calls retried, by client (connector, slack) and status.");
        var depths = outboxes.ToArray();
        if (depths.Length > 0)
        {
            _meter.CreateObservableGauge("advisorbot.outbox.depth", () => ReadDepth(depths), "{item}", "Outbox items accepted and not yet done.");
        }
    }

    /// <summary>The bounded kind tag of an activity type.</summary>
    public static string KindOf(string? type) => type is not null && Kinds.Contains(type) ? type : "other";

    /// <summary>The bounded channel tag of a channel id.</summary>
    public static string ChannelOf(string? channelId) => channelId is not null && Channels.Contains(channelId) ? channelId : "other";

    public void TurnCompleted(string kind, string channel, TimeSpan elapsed)
    {
        var tags = new TagList { { "kind", kind }, { "channel", channel } };
        _turns.Add(1, tags);
        _turnDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void TurnFailed(string kind, string channel, string error) =>
        _turnErrors.Add(1, new TagList { { "kind", kind }, { "channel", channel }, { "error", error } });

    public void AnswerGiven(bool answered) => _answers.Add(1, new KeyValuePair<string, object?>("outcome", answered ? "answered" : "abstained"));

    public void OutboundRetried(string client, int? status) =>
        _retries.Add(1, new TagList { { "client", client }, { "status", status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none" } });

    /// <summary>No reading while the store cannot be read: a gap in the series, never a made-up zero.</summary>
    private static IEnumerable<Measurement<long>> ReadDepth(IOutboxDepth[] depths)
    {
        long total = 0;
        foreach (var depth in depths)
        {
            if (depth.Pending() is not { } pending)
            {
                return [];
            }

            total += pending;
        }

        return [new Measurement<long>(total)];
    }
}
