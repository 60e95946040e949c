using AdvisorBot.Core.State;

namespace AdvisorBot.Core.Tests.Fakes;

/// <summary>A hand-written in-memory <see cref="IAppendLog"/> with the stores' rules: entry ids once per kind, the newest kept. Counts appends.</summary>
public sealed class InMemoryAppendLog : IAppendLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<(string Kind, string? Id, string Json)>> _lists = new(StringComparer.Ordinal);

    public int Appends { get; private set; }

    public Task<bool> AppendAsync(string key, string kind, string? entryId, string json, int keep, CancellationToken ct)
    {
        lock (_gate)
        {
            var list = _lists.TryGetValue(key, out var found) ? found : _lists[key] = [];
            if (entryId is not null && list.Any(e => e.Kind == kind && e.Id == entryId))
            {
                return Task.FromResult(false);
            }

            list.Add((kind, entryId, json));
            Appends++;
            while (list.Count(e => e.Kind == kind) > keep)
            {
                list.RemoveAt(list.FindIndex(e => e.Kind == kind));
            }

            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<AppendLogEntry>> ReadAsync(string key, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AppendLogEntry>>(
                _lists.TryGetValue(key, out var list) ? [.. list.Select(e => new AppendLogEntry(e.Kind, e.Json))] : []);
        }
    }
}
