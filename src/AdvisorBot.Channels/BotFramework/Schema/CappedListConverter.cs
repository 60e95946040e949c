using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdvisorBot.Channels.BotFramework.Schema;

/// <summary>
/// Reads at most <see cref="MaxItems"/> items of a list and skips the rest unread, so an activity padded with tens of
/// thousands of entities costs no more to read than one with a few hundred. Written back as it is.
/// </summary>
public sealed class CappedListConverter<T> : JsonConverter<List<T>>
{
    public const int MaxItems = 4096;

    public override List<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of at most {MaxItems} items.");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (items.Count < MaxItems)
            {
                items.Add(JsonSerializer.Deserialize<T>(ref reader, options)!);
            }
            else
            {
                reader.Skip();
            }
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, List<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, options);
        }

        writer.WriteEndArray();
    }
}
