using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AdvisorBot.Channels.Telemetry;
using Microsoft.Extensions.DependencyInjection;

namespace AdvisorBot.TestSupport;

/// <summary>One measurement of the bot's meter, with its tags.</summary>
internal sealed record Measured(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags);

/// <summary>
/// Records what one host's "AdvisorBot" meter reports, through a <see cref="MeterListener"/> that takes only the
/// instruments of that host's meter factory (other hosts run in the same test process).
/// </summary>
internal sealed class MeterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measured> _measured = new();

    public MeterRecorder(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _ = services.GetRequiredService<BotTelemetry>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotTelemetry.Name && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<Measured> All => [.. _measured];

    /// <summary>The sum of an instrument's measurements whose tags include every one of <paramref name="tags"/>.</summary>
    public double Sum(string instrument, params (string Key, string Value)[] tags) =>
        _measured.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && v == t.Value)).Sum(m => m.Value);

    public int Count(string instrument, params (string Key, string Value)[] tags) =>
        _measured.Count(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && v == t.Value));

    /// <summary>Reads the observable instruments (the outbox depth gauge) now.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, tag) in tags)
        {
            map[key] = tag?.ToString();
        }

        _measured.Enqueue(new Measured(instrument.Name, value, map));
    }
}
