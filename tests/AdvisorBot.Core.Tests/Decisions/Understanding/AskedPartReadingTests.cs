using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// Parts of a reply that end in "?": a question of its own first ("does QA count? …") makes the reply a question,
/// answered before anything in it is taken; an answer said as a question ("microservices? we have six of them") is
/// a guess, offered back to confirm.
/// </summary>
public sealed class AskedPartReadingTests
{
    [Theory]
    [InlineData("node-framework", "nf-team-size", "should I include the designers? there are 4 devs and 2 designers")]
    [InlineData("node-or-python", "peak-load", "is that per region? globally we see 3,000 a second")]
    [InlineData("node-or-python", "operations", "can we use both? docker for the api and pm2 for the workers")]
    public void AQuestionFirst_IsAQuestion(string decision, string question, string text)
    {
        Assert.IsType<Understood.Question>(Readings.Read(decision, question, text));
    }

    [Theory]
    [InlineData("node-or-python", "architecture", "microservices? we run six small deployables", "ask:microservices")]
    [InlineData("node-or-python", "experience", "seasoned? most of us have ten years in", "ask:seasoned")]
    [InlineData("node-or-python", "team-languages", "both? or js? not sure what to put", "ask:both|js")]
    [InlineData("node-or-python", "experience", "seasoned. most of us have ten years in", "=seasoned")]
    public void AnAnswerSaidAsAQuestion_IsOfferedBack(string decision, string question, string text, string expected)
    {
        Readings.AssertReads(decision, question, text, expected);
    }
}
