using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AdvisorBot.Channels.Logging;

/// <summary>
/// Logs a repeated error once per window: the first occurrence in full (with its stack trace), then, after the
/// window, one line saying how many more like it there were. A failing database or a flood of bad input then costs
/// a few lines a minute, not one per attempt.
/// </summary>
public sealed class ThrottledLog(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int MaxKeys = 1024;

    private readonly ConcurrentDictionary<string, Occurrences> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// Logs <paramref name="message"/> (a constant template) unless an error with the same <paramref name="key"/> was
    /// logged within the window; those are counted and reported with the next line logged for the key.
    /// </summary>
    public void Log(ILogger logger, LogLevel level, string key, Exception? exception, string message, params object?[] args)
    {
        if (_seen.Count > MaxKeys)
        {
            _seen.Clear();
        }

        var now = time.GetUtcNow();
        var occurrences = _seen.GetOrAdd(key, _ => new Occurrences());
        int repeats;
        bool first;
        lock (occurrences)
        {
            first = occurrences.Since is null;
            if (!first && now - occurrences.Since < Window)
            {
                occurrences.Repeats++;
                return;
            }

            repeats = occurrences.Repeats;
            occurrences.Repeats = 0;
            occurrences.Since = now;
        }

#pragma warning disable CA2254 // The template is the caller's constant; this class only adds the count.
        if (first)
        {
            logger.Log(level, exception, message, args);
        }
        else
        {
            logger.Log(level, message + " (repeated {Repeats} more times in the last minute; the first was logged with its stack trace)", [.. args, repeats]);
        }
#pragma warning restore CA2254
    }

    private sealed class Occurrences
    {
        public DateTimeOffset? Since { get; set; }
        public int Repeats { get; set; }
    }
}
