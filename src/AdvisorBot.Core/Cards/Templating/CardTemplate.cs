using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AdvisorBot.Core.Cards.Templating;

/// <summary>
/// A small, documented subset of the Adaptive Cards templating language, applied to a template and a data object:
/// <list type="bullet">
/// <item><c>${path}</c> in any string: the value at <c>path</c> (<c>a.b.c</c>, <c>$root.x</c>, <c>$index</c>); a string
/// that is exactly one binding takes the bound value's JSON type (number, boolean, object, array).</item>
/// <item><c>"$data": "${path}"</c> on an object: the object's data context; if it is an array, the object is repeated
/// once per item inside its parent array (an empty array removes it).</item>
/// <item><c>"$when": "${expression}"</c> on an object: the object is dropped unless the expression is true. Expressions:
/// a path (truthy: non-empty, non-zero, not false), <c>!path</c>, or <c>path OP literal</c> with OP one of
/// <c>== != &gt; &lt; &gt;= &lt;=</c> and a number, <c>'text'</c>, <c>true</c> or <c>false</c>.</item>
/// </list>
/// Nothing else (no functions, no arithmetic): cards stay data, not code.
/// </summary>
public static partial class CardTemplate
{
    /// <summary>Expands a template given as a node (tests, tools); the bot expands the parsed card files directly.</summary>
    public static JsonNode Expand(JsonNode template, JsonNode? data) => Expand(JsonSerializer.SerializeToElement(template), data);

    /// <summary>
    /// Expands a template held as a parsed, read-only <see cref="JsonElement"/> (one per card file, shared by every
    /// turn: the template is only read, never copied or changed), building a new node tree for the result.
    /// </summary>
    public static JsonNode Expand(JsonElement template, JsonNode? data) => One(template, new Scope(data, data, 0))!;

    private sealed record Scope(JsonNode? Data, JsonNode? Root, int Index);

    /// <summary>An element that stands for exactly one node (an object's property, the card itself).</summary>
    private static JsonNode? One(JsonElement node, Scope scope)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            return Single(node, scope);
        }

        var expanded = new List<JsonNode?>(1);
        ExpandObject(node, scope, expanded);
        return expanded is [var only] ? only : throw new InvalidOperationException(
            $"A templated object stands for {expanded.Count} objects where exactly one belongs (only an array's items may repeat or drop out).");
    }

    /// <summary>What a template element that is not an object becomes.</summary>
    private static JsonNode? Single(JsonElement node, Scope scope) => node.ValueKind switch
    {
        JsonValueKind.Array => ExpandArray(node, scope),
        JsonValueKind.String => Bind(node.GetString()!, scope),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => JsonValue.Create(node),
    };

    private static JsonArray ExpandArray(JsonElement array, Scope scope)
    {
        var result = new JsonArray();
        List<JsonNode?>? expanded = null;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                result.Add(Single(item, scope));
                continue;
            }

            expanded ??= [];
            expanded.Clear();
            ExpandObject(item, scope, expanded);
            foreach (var node in expanded)
            {
                result.Add(node);
            }
        }

        return result;
    }

    /// <summary>An object of the template: none, one or (with an array as its <c>$data</c>) several objects.</summary>
    private static void ExpandObject(JsonElement obj, Scope scope, List<JsonNode?> output)
    {
        var hasWhen = obj.TryGetProperty("$when", out var when) && when.ValueKind == JsonValueKind.String;
        var condition = hasWhen ? Unwrap(when.GetString()!) : null;
        if (!obj.TryGetProperty("$data", out var dataBinding))
        {
            Emit(obj, scope, condition, output);
            return;
        }

        var bound = dataBinding.ValueKind == JsonValueKind.String ? Bind(dataBinding.GetString()!, scope) : JsonNode.Parse(dataBinding.GetRawText());
        if (bound is not JsonArray items)
        {
            Emit(obj, new Scope(bound, scope.Root, 0), condition, output);
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            Emit(obj, new Scope(items[i], scope.Root, i), condition, output);
        }
    }

    private static void Emit(JsonElement obj, Scope scope, string? condition, List<JsonNode?> output)
    {
        if (condition is not null && !Evaluate(condition, scope))
        {
            return;
        }

        var result = new JsonObject();
        foreach (var property in obj.EnumerateObject())
        {
            if (property.NameEquals("$data") || property.NameEquals("$when"))
            {
                continue;
            }

            result[property.Name] = One(property.Value, scope);
        }

        output.Add(result);
    }

    /// <summary>Replaces every <c>${…}</c> in a string; a string that is exactly one binding keeps the value's type.</summary>
    private static JsonNode? Bind(string text, Scope scope)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return JsonValue.Create(text);
        }

        var whole = Whole().Match(text);
        if (whole.Success)
        {
            return Resolve(whole.Groups[1].Value.Trim(), scope)?.DeepClone() ?? JsonValue.Create(string.Empty);
        }

        return JsonValue.Create(Binding().Replace(text, m => ToText(Resolve(m.Groups[1].Value.Trim(), scope))));
    }

    private static string Unwrap(string expression)
    {
        var whole = Whole().Match(expression);
        return whole.Success ? whole.Groups[1].Value.Trim() : expression.Trim();
    }

    private static bool Evaluate(string expression, Scope scope)
    {
        if (expression.Contains("&&", StringComparison.Ordinal))
        {
            return expression.Split("&&").All(part => Evaluate(part.Trim(), scope));
        }

        var comparison = Comparison().Match(expression);
        if (comparison.Success)
        {
            var left = Resolve(comparison.Groups[1].Value.Trim(), scope);
            return Compare(left, comparison.Groups[2].Value, Literal(comparison.Groups[3].Value.Trim()));
        }

        return expression.StartsWith('!') ? !Truthy(Resolve(expression[1..].Trim(), scope)) : Truthy(Resolve(expression, scope));
    }

    private static bool Compare(JsonNode? left, string op, JsonNode? right)
    {
        if (TryNumber(left, out var a) && TryNumber(right, out var b))
        {
            return op switch { "==" => a == b, "!=" => a != b, ">" => a > b, "<" => a < b, ">=" => a >= b, _ => a <= b };
        }

        var same = string.Equals(ToText(left), ToText(right), StringComparison.Ordinal);
        return op switch { "==" => same, "!=" => !same, _ => false };
    }

    private static JsonNode? Literal(string text) =>
        text.StartsWith('\'') && text.EndsWith('\'') && text.Length >= 2 ? JsonValue.Create(text[1..^1])
        : double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n)
        : text is "true" or "false" ? JsonValue.Create(text == "true")
        : JsonValue.Create(text);

    private static JsonNode? Resolve(string path, Scope scope)
    {
        var parts = path.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }

        JsonNode? current = parts[0] switch
        {
            "$root" => scope.Root,
            "$data" => scope.Data,
            "$index" => JsonValue.Create(scope.Index),
            _ => (scope.Data as JsonObject)?[parts[0]],
        };
        foreach (var part in parts.Skip(1))
        {
            current = current switch
            {
                JsonObject o => o[part],
                JsonArray a when part == "length" => JsonValue.Create(a.Count),
                _ => null,
            };
        }

        return current;
    }

    private static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray a => a.Count > 0,
        JsonObject => true,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue when TryNumber(node, out var d) => d != 0,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        _ => true,
    };

    private static string ToText(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue when TryNumber(node, out var d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    /// <summary>
    /// A JSON number as a double, however it is held: parsed JSON, or a value created from an int, long or double
    /// (<c>$index</c>, <c>.length</c>), which <c>TryGetValue&lt;double&gt;</c> alone does not convert.
    /// </summary>
    private static bool TryNumber(JsonNode? node, out double number)
    {
        number = 0;
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && double.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number);
    }

    [GeneratedRegex(@"^\$\{([^{}]+)\}$")]
    private static partial Regex Whole();

    [GeneratedRegex(@"\$\{([^{}]+)\}")]
    private static partial Regex Binding();

    [GeneratedRegex(@"^(.+?)\s*(==|!=|>=|<=|>|<)\s*(.+)$")]
    private static partial Regex Comparison();
}
