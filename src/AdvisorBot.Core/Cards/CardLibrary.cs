using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Core.Cards;

/// <summary>
/// The Adaptive Card files of the cards folder, read and checked once at start-up. A broken file stops
/// start-up with a <see cref="DataFileException"/> naming the file, line and problem.
/// </summary>
public sealed class CardLibrary
{
    private readonly Dictionary<string, JsonElement> _cards = new(StringComparer.OrdinalIgnoreCase);

    public CardLibrary(IOptions<CardOptions> options)
    {
        var folder = System.IO.Path.GetFullPath(options.Value.Path, AppContext.BaseDirectory);
        if (!Directory.Exists(folder))
        {
            throw new DataFileException(folder, 0, "the cards folder does not exist (setting Cards:Path)");
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            _cards[System.IO.Path.GetFileNameWithoutExtension(file)] = Load(file);
        }
    }

    public IReadOnlyCollection<string> Names => _cards.Keys;

    /// <summary>The named card as parsed at start-up: a read-only element, safe to share between turns.</summary>
    public JsonElement Get(string name) =>
        _cards.TryGetValue(name, out var card) ? card : throw new KeyNotFoundException($"No card named '{name}'.");

    private static JsonElement Load(string file)
    {
        var name = System.IO.Path.GetFileName(file);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new DataFileException(name, (ex.LineNumber ?? 0) + 1, $"invalid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "AdaptiveCard")
            {
                throw new DataFileException(name, 1, "the root must be an object with \"type\": \"AdaptiveCard\"");
            }

            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String)
            {
                throw new DataFileException(name, 1, "the card needs a \"version\" (1.5 is the most Teams supports)");
            }

            return root.Clone();
        }
    }
}
