using System.Security.Cryptography;
using System.Text;

namespace AdvisorBot.Channels.Outbox;

/// <summary>
/// The side effects of one outbox item (posts, updates), each done at most once across attempts: an effect is known
/// by what it does and its content (the n-th identical one counted), and its result is recorded when it succeeds.
/// A retry after a crash re-runs the work; effects that had completed return their recorded result instead.
/// </summary>
public sealed class OutboxEffects(IOutbox outbox, string itemId)
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async Task<string?> OnceAsync(string what, string content, Func<Task<string?>> effect, CancellationToken ct)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)), 0, 12);
        int occurrence;
        lock (_gate)
        {
            occurrence = _seen[what + hash] = _seen.GetValueOrDefault(what + hash) + 1;
        }

        var key = $"{what}:{hash}:{occurrence}";
        if (await outbox.FindEffectAsync(itemId, key, ct).ConfigureAwait(false) is { } done)
        {
            return done.Length == 0 ? null : done;
        }

        var result = await effect().ConfigureAwait(false);
        await outbox.RecordEffectAsync(itemId, key, result ?? string.Empty, ct).ConfigureAwait(false);
        return result;
    }
}
