using System.Text.Json;

namespace AdvisorBot.Channels.Json;

/// <summary>
/// Checks a JSON body before anything reads it: well-formed, and every string and property name valid text (no
/// invalid UTF-8, no lone surrogate such as "\ud800", which would throw later wherever the value is read or
/// written again). One pass over the bytes.
/// </summary>
public static class JsonText
{
    /// <summary>Why the body is not usable JSON text, or null when it is.</summary>
    public static string? Problem(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && NeedsDecoding(ref reader))
                {
                    _ = reader.GetString();
                }
            }

            return null;
        }
        catch (JsonException ex)
        {
            return $"the body is not valid JSON: {ex.Message}";
        }
        catch (InvalidOperationException)
        {
            return $"the body holds a string that is not valid text (invalid UTF-8 or a lone surrogate) near byte {reader.TokenStartIndex}";
        }
    }

    private static bool NeedsDecoding(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
}
