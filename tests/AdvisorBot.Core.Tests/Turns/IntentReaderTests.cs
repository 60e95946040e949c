using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.Tests.Fakes;
using AdvisorBot.Core.Turns;

namespace AdvisorBot.Core.Tests.Turns;

public sealed class IntentReaderTests
{
    [Theory]
    [InlineData("can you help me decide between node and python?")]
    [InlineData("ok let's run the decision")]
    [InlineData("help us choose a backend stack")]
    [InlineData("Could you walk me through picking between Node.js and Python?")]
    public void PlainWordsAskingToDecide_StartTheDecision(string text) =>
        Assert.Equal(IntentKind.StartDecision, Read(text).Kind);

    [Theory]
    [InlineData("we need to pick a backend for our ML platform")]
    [InlineData("We're choosing a framework for the new API")]
    [InlineData("trying to decide on a backend for a chat app")]
    public void AMessageAboutChoosingABackend_IsOfferedTheDecision(string text) =>
        Assert.Equal(IntentKind.OfferDecision, Read(text).Kind);

    [Theory]
    [InlineData("which is faster, node or python?")]
    [InlineData("what is the GIL?")]
    [InlineData("does Django have an admin site")]
    public void AQuestionAboutTheTopic_IsAQuestion(string text) =>
        Assert.Equal(IntentKind.Question, Read(text).Kind);

    [Theory]
    [InlineData("hi", IntentKind.Greeting)]
    [InlineData("thanks!", IntentKind.SmallTalk)]
    [InlineData("👍", IntentKind.SmallTalk)]
    [InlineData("not helpful", IntentKind.Feedback)]
    public void ChatAndFeedback_AreToldApart(string text, IntentKind kind) =>
        Assert.Equal(kind, Read(text).Kind);

    [Fact]
    public void DuringADecision_AReply_IsAnAnswer_AndCommandsStayCommands()
    {
        Assert.Equal(IntentKind.Answer, Read("we don't need any live updates", underWay: true).Kind);
        Assert.Equal(IntentKind.Answer, Read("what is PM2?", underWay: true).Kind); // the dialog tells it is a question and asks again
        var back = Read("back", underWay: true);
        Assert.Equal(IntentKind.Command, back.Kind);
        Assert.Equal(DialogCommandKind.Back, back.Command.Kind);
    }

    [Fact]
    public void ACardButton_IsReadFromItsPayload_NotItsText()
    {
        var activity = Activities.Message(string.Empty);
        activity.Value = System.Text.Json.JsonSerializer.SerializeToElement(new { advisorbot = "answer", decision = "node-or-python", question = "realtime", choice = "no" });

        var intent = IntentReader.Read(activity, string.Empty, decisionUnderWay: true);

        Assert.Equal(IntentKind.Answer, intent.Kind);
        Assert.Equal("no", intent.Card!.Choice);
    }

    private static TurnIntent Read(string text, bool underWay = false) => IntentReader.Read(Activities.Message(text), text, underWay);
}
