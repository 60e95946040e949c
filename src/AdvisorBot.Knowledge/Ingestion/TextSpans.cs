namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>Splits text into lines with their offsets, keeping every offset true to the original text.</summary>
internal static class TextSpans
{
    public static IEnumerable<(string Line, int Start)> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                if (start < text.Length)
                {
                    yield return (text[start..].TrimEnd('\r'), start);
                }

                yield break;
            }

            yield return (text[start..end].TrimEnd('\r'), start);
            start = end + 1;
        }
    }

    /// <summary>The span of the trimmed content of a line.</summary>
    public static (int Start, int Length) Trimmed(string line, int lineStart)
    {
        var lead = line.Length - line.TrimStart().Length;
        return (lineStart + lead, line.Trim().Length);
    }

    public static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
