using AdvisorBot.Channels.Turns;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Answers;

/// <summary>Outside a dialog: "ask …" and messages that read as questions go to the question answerer.</summary>
public sealed class AskHandler(IQuestionAnswerer answerer)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken ct)
    {
        var command = DialogCommand.Parse(turn.Text);
        var question = command.Kind == DialogCommandKind.Ask ? command.Argument
            : command.Kind == DialogCommandKind.None && QuestionDetector.LooksLikeQuestion(turn.Text) ? turn.Text
            : null;
        if (string.IsNullOrWhiteSpace(question))
        {
            return;
        }

        await turn.SendActivityAsync(await answerer.AnswerAsync(question, ct).ConfigureAwait(false), ct).ConfigureAwait(false);
    }
}
