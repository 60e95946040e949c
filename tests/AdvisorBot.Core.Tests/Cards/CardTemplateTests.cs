using System.Text.Json.Nodes;
using AdvisorBot.Core.Cards.Templating;

namespace AdvisorBot.Core.Tests.Cards;

public sealed class CardTemplateTests
{
    private static JsonNode Expand(string template, string data) => CardTemplate.Expand(JsonNode.Parse(template)!, JsonNode.Parse(data));

    [Fact]
    public void Binding_InsideText_IsReplaced_AndAWholeBindingKeepsTheValuesType()
    {
        var result = Expand("""{"a":"Hi ${user.name}!","b":"${count}","c":"${flag}","d":"${missing}"}""", """{"user":{"name":"Ana"},"count":3,"flag":true}""");

        Assert.Equal("Hi Ana!", result["a"]!.GetValue<string>());
        Assert.Equal(3, result["b"]!.GetValue<int>());
        Assert.True(result["c"]!.GetValue<bool>());
        Assert.Equal(string.Empty, result["d"]!.GetValue<string>());
    }

    [Fact]
    public void DataArray_RepeatsTheObject_WithIndexAndRoot_AndAnEmptyArrayRemovesIt()
    {
        var result = Expand(
            """{"items":[{"$data":"${people}","text":"${$index}: ${name} of ${$root.team}"},{"$data":"${nobody}","text":"never"}]}""",
            """{"team":"Core","people":[{"name":"Ana"},{"name":"Ben"}],"nobody":[]}""");

        Assert.Equal(["0: Ana of Core", "1: Ben of Core"], result["items"]!.AsArray().Select(i => i!["text"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("${show}", true)]
    [InlineData("${!show}", false)]
    [InlineData("${count > 2}", true)]
    [InlineData("${count <= 2}", false)]
    [InlineData("${kind == 'scale'}", true)]
    [InlineData("${kind != 'scale'}", false)]
    [InlineData("${empty}", false)]
    [InlineData("${list}", true)]
    [InlineData("${none}", false)]
    public void When_DropsTheObjectUnlessTheExpressionHolds(string condition, bool kept)
    {
        var result = Expand($$"""{"body":[{"$when":"{{condition}}","type":"TextBlock","text":"x"}]}""", """{"show":true,"count":3,"kind":"scale","empty":"","list":[1]}""");

        Assert.Equal(kept ? 1 : 0, result["body"]!.AsArray().Count);
        Assert.All(result["body"]!.AsArray(), n => Assert.Null(n!["$when"]));
    }

    [Theory]
    [InlineData("${$index == 0}", "first")]
    [InlineData("${$index > 0}", "second,third")]
    [InlineData("${$index}", "second,third")]
    [InlineData("${!$index}", "first")]
    [InlineData("${$root.people.length == 3}", "first,second,third")]
    [InlineData("${$root.people.length > 3}", "")]
    [InlineData("${$root.limit >= 2}", "first,second,third")]
    [InlineData("${rank < 2}", "first")]
    public void When_OnIntegerValues_IndexLengthAndParsedIntegers_ComparesNumerically(string condition, string kept)
    {
        var result = Expand(
            $$"""{"items":[{"$data":"${people}","$when":"{{condition}}","text":"${name}"}]}""",
            """{"limit":2,"people":[{"name":"first","rank":1},{"name":"second","rank":2},{"name":"third","rank":10}]}""");

        Assert.Equal(kept, string.Join(',', result["items"]!.AsArray().Select(i => i!["text"]!.GetValue<string>())));
    }

    [Fact]
    public void IndexAndLength_AreNumbers_WhenBoundWhole_AndDigitsInText()
    {
        var result = Expand(
            """{"count":"${people.length}","label":"${people.length} people","items":[{"$data":"${people}","n":"${$index}","text":"#${$index}"}]}""",
            """{"people":[{"name":"Ana"},{"name":"Ben"}]}""");

        Assert.Equal(2, result["count"]!.GetValue<int>());
        Assert.Equal("2 people", result["label"]!.GetValue<string>());
        Assert.Equal([0, 1], result["items"]!.AsArray().Select(i => i!["n"]!.GetValue<int>()));
        Assert.Equal(["#0", "#1"], result["items"]!.AsArray().Select(i => i!["text"]!.GetValue<string>()));
    }

    [Fact]
    public void IntegersFromCode_CompareLikeParsedOnes()
    {
        var data = new JsonObject { ["count"] = JsonValue.Create(3), ["big"] = JsonValue.Create(5_000_000_000L), ["zero"] = JsonValue.Create(0) };

        var result = CardTemplate.Expand(
            JsonNode.Parse("""{"body":[{"$when":"${count > 2}","t":"a"},{"$when":"${big >= 5000000000}","t":"b"},{"$when":"${zero}","t":"c"},{"$when":"${count == 3}","t":"d"}]}""")!,
            data);

        Assert.Equal(["a", "b", "d"], result["body"]!.AsArray().Select(i => i!["t"]!.GetValue<string>()));
    }
}
