using AdvisorBot.Channels.Telemetry;

namespace AdvisorBot.Core.Answers;

/// <summary>Counts every answer the bot gives against every time it abstains ("My sources don't cover that").</summary>
public sealed class MeasuredAnswerer(IQuestionAnswerer inner, BotTelemetry telemetry) : IQuestionAnswerer
{
    public async Task<AnswerReply> AnswerAsync(string question, CancellationToken ct)
    {
        var reply = await inner.AnswerAsync(question, ct).ConfigureAwait(false);
        telemetry.AnswerGiven(reply.Answered);
        return reply;
    }
}
