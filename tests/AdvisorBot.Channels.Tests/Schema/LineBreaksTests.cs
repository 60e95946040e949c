using AdvisorBot.Channels.BotFramework.Schema;

namespace AdvisorBot.Channels.Tests.Schema;

public sealed class LineBreaksTests
{
    [Theory]
    [InlineData("Commands:\n- decide\n- help", "Commands:\n\n- decide\n\n- help")]
    [InlineData("One\r\nTwo", "One\n\nTwo")]
    [InlineData("Already\n\napart", "Already\n\napart")]
    [InlineData("node_modules *not* bold <at>x</at>", "node\\_modules \\*not\\* bold \\<at\\>x\\</at\\>")]
    public void Keep_EscapesMarkdown_AndTurnsSingleBreaksIntoParagraphBreaks(string text, string expected) =>
        Assert.Equal(expected, LineBreaks.Keep(text));

    [Theory]
    [InlineData(null, "a\n\nb", "markdown")]
    [InlineData("plain", "a\n\nb", "markdown")]
    [InlineData("markdown", "a\nb", "markdown")]
    [InlineData("xml", "a\nb", "xml")]
    public void KeepForMarkdownClients_ConvertsOnlyPlainMultiLineText(string? format, string text, string expectedFormat)
    {
        var activity = LineBreaks.KeepForMarkdownClients(new Activity { Type = "message", Text = "a\nb", TextFormat = format });

        Assert.Equal(text, activity.Text);
        Assert.Equal(expectedFormat, activity.TextFormat);
    }

    [Fact]
    public void KeepForMarkdownClients_LeavesSingleLineTextAlone()
    {
        var activity = LineBreaks.KeepForMarkdownClients(new Activity { Type = "message", Text = "node_modules", TextFormat = "plain" });

        Assert.Equal("node_modules", activity.Text);
        Assert.Equal("plain", activity.TextFormat);
    }
}
