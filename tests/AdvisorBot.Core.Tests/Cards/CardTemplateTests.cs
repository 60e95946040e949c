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
}
