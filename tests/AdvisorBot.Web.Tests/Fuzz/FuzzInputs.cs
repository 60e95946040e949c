using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace AdvisorBot.Web.Tests.Fuzz;

/// <summary>
/// Mutated requests from the seeds (CsCheck generators, so a fixed seed gives the same inputs every run): values
/// replaced by other shapes (numbers, objects, nulls, lone surrogates, invalid UTF-8, deep nesting, long and
/// mention-heavy strings), fields removed or added, and raw bytes flipped, inserted or cut.
/// </summary>
public static class FuzzInputs
{
    private const string LoneSurrogate = "\u0001LONE\u0001";
    private const string BadUtf8 = "\u0001BADUTF8\u0001";

    private static readonly Func<JsonNode?>[] Replacements =
    [
        () => 42, () => 1.5, () => -1, () => 1e308, () => true, () => null, () => string.Empty, () => "   ",
        () => LoneSurrogate, () => $"x{LoneSurrogate}y", () => BadUtf8, () => new JsonObject(), () => new JsonArray(),
        () => new JsonArray((JsonNode?)null), () => new JsonObject { ["id"] = 1.5 }, () => new JsonObject { ["id"] = "28:advisorbot", ["name"] = 42 },
        () => Nested(80), () => new string('a', 20_000), () => string.Concat(Enumerable.Repeat("<at>AdvisorBot</at> ", 400)),
        () => "decide", () => "back", () => "help", () => "2026-13-45T99:99:99Z", () => "http://127.0.0.1:1/", () => "https://evil.invalid/",
        () => new JsonObject { ["type"] = "mention", ["mentioned"] = 42, ["text"] = 42 },
        () => new JsonObject { ["advisorbot"] = "answer", ["choice"] = new JsonObject(), ["decision"] = 7 },
        () => "{not json", () => "\"quoted\"", () => "%ZZ%FF&=&&==", () => "invoke", () => "message", () => "adaptiveCard/action",
    ];

    /// <summary>One mutated request; <paramref name="connectorUrl"/> is where delivered replies go.</summary>
    public static Gen<FuzzRequest> Requests(string connectorUrl)
    {
        var seeds = FuzzSeeds.All(connectorUrl);
        var mutation = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 5], Gen.Int[0, int.MaxValue]);
        return Gen.Select(Gen.Int[0, seeds.Count - 1], mutation.Array[1, 4], Gen.Int[0, 9], Gen.Int[0, int.MaxValue], (seedIndex, mutations, bytes, at) =>
        {
            var (name, path, contentType, create) = seeds[seedIndex];
            var document = create();
            foreach (var (target, kind, arg) in mutations)
            {
                Mutate(document, target, kind, arg);
            }

            var body = Serialize(document, contentType);
            return new FuzzRequest(path, bytes < 7 ? body : MutateBytes(body, bytes, at), contentType, name);
        });
    }

    private static void Mutate(JsonObject document, int target, int kind, int arg)
    {
        var places = Places(document).ToList();
        var (parent, key, index) = places[target % places.Count];
        switch (kind)
        {
            case 0 or 1 or 2:
                Set(parent, key, index, Replacements[arg % Replacements.Length]());
                break;
            case 3 when parent is JsonObject obj && key is not null:
                obj.Remove(key);
                break;
            case 4 when parent is JsonObject obj:
                obj[$"unknown{arg % 7}{(arg % 3 == 0 ? LoneSurrogate : string.Empty)}"] = Replacements[arg % Replacements.Length]();
                break;
            default:
                if (Get(parent, key, index) is JsonNode node)
                {
                    Set(parent, key, index, node is JsonArray ? new JsonObject { ["0"] = node.DeepClone() } : new JsonArray(node.DeepClone()));
                }

                break;
        }
    }

    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Places(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    yield return (obj, key, -1);
                    if (child is not null)
                    {
                        foreach (var place in Places(child))
                        {
                            yield return place;
                        }
                    }
                }

                if (obj.Count == 0)
                {
                    yield return (obj, "empty", -1);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, null, i);
                    if (array[i] is { } child)
                    {
                        foreach (var place in Places(child))
                        {
                            yield return place;
                        }
                    }
                }

                break;
        }
    }

    private static JsonNode? Get(JsonNode parent, string? key, int index) =>
        parent is JsonObject obj ? obj[key!] : parent.AsArray()[index];

    private static void Set(JsonNode parent, string? key, int index, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[key!] = value;
        }
        else
        {
            parent.AsArray()[index] = value;
        }
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    private static byte[] Serialize(JsonObject document, string contentType)
    {
        var text = contentType == FuzzSeeds.Form
            ? string.Join('&', document.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : f.Value?.ToJsonString() ?? string.Empty)}"))
            : document.ToJsonString();
        var escapedLone = Uri.EscapeDataString(LoneSurrogate);
        var escapedBad = Uri.EscapeDataString(BadUtf8);
        text = text.Replace(Uri.EscapeDataString(JsonString(LoneSurrogate)), "%5Cud800", StringComparison.Ordinal)
            .Replace(escapedLone, "%ED%A0%80", StringComparison.Ordinal)
            .Replace(JsonString(LoneSurrogate), "\\ud800", StringComparison.Ordinal)
            .Replace(LoneSurrogate, "\\ud800", StringComparison.Ordinal)
            .Replace(escapedBad, "%FF%C0", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        var marker = Encoding.UTF8.GetBytes(JsonString(BadUtf8));
        return ReplaceBytes(bytes, marker, [0xFF, 0xC0, 0x80]);
    }

    /// <summary>How System.Text.Json writes the marker inside a string (control characters escaped).</summary>
    private static string JsonString(string marker) => JsonValue.Create(marker).ToJsonString()[1..^1];

    private static byte[] ReplaceBytes(byte[] bytes, byte[] marker, byte[] replacement)
    {
        var output = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes.AsSpan(i).StartsWith(marker))
            {
                output.AddRange(replacement);
                i += marker.Length - 1;
            }
            else
            {
                output.Add(bytes[i]);
            }
        }

        return [.. output];
    }

    private static byte[] MutateBytes(byte[] body, int kind, int at)
    {
        if (body.Length == 0)
        {
            return [0xFF];
        }

        var position = at % body.Length;
        return kind switch
        {
            7 => body[..position],
            8 => [.. body[..position], (byte)(at % 256), .. body[position..]],
            _ => [.. body[..position], (byte)(body[position] ^ (1 << (at % 8))), .. body[(position + 1)..]],
        };
    }
}
