using System.Globalization;
using AdvisorBot.Core.Answers;

namespace AdvisorBot.Core.Cards.Data;

/// <summary>The data of the answer card (cards/answer.json).</summary>
public sealed record AnswerCardData(
    string Question,
    bool Answered,
    string Answer,
    string SourceTitle,
    string SourceSection,
    string SourcePath,
    string Confidence,
    bool Generative,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<string> Related)
{
    public static AnswerCardData From(string question, AnswerReply reply) => new(
        question,
        reply.Answered,
        reply.Answer ?? reply.Text,
        reply.Citation?.Title ?? string.Empty,
        reply.Citation?.Section ?? string.Empty,
        reply.Citation?.Location ?? string.Empty,
        reply.Confidence is { } c ? c.ToString("P0", CultureInfo.InvariantCulture) : string.Empty,
        reply.Generative,
        reply.Suggestions ?? [],
        reply.Related ?? []);
}
