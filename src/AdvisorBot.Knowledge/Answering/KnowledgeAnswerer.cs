using AdvisorBot.Core.Answers;
using AdvisorBot.Knowledge.Generative;
using AdvisorBot.Knowledge.Index;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Knowledge.Answering;

/// <summary>
/// The bot's question answerer: the extractive answer from the index, phrased by Azure OpenAI from the same
/// passages when that is configured and answers in time; otherwise the extractive answer as it is.
/// </summary>
public sealed class KnowledgeAnswerer(KnowledgeIndex index, AnswerService answers, GenerativeAnswerer generative, IOptions<KnowledgeOptions> options)
    : IQuestionAnswerer
{
    public const string StillIndexing = "I'm still indexing my sources; ask me again in a moment.";
    private const int GenerativePassages = 3;

    public async Task<AnswerReply> AnswerAsync(string question, CancellationToken ct)
    {
        if (index.Current is not { } searcher)
        {
            return new AnswerReply(StillIndexing);
        }

        var answer = answers.Find(searcher, question, options.Value.ConfidenceThreshold);
        if (answer.Answered && generative.IsEnabled)
        {
            var hits = answer.Hits.Take(GenerativePassages).ToList();
            var phrased = await generative.AnswerAsync(question, hits, ct).ConfigureAwait(false);
            if (phrased is { Refused: true })
            {
                answer = KnowledgeAnswer.NotCovered(answer.Confidence, [.. hits.Select(h => h.Passage.Question).OfType<string>().Take(3)]);
            }
            else if (phrased is not null)
            {
                answer = answer with { Text = phrased.Text, Source = hits[phrased.Cited[0] - 1].Passage, Generative = true };
            }
        }

        return new AnswerReply(AnswerText.Render(answer), answer.Source?.Id, answer.Confidence)
        {
            Answered = answer.Answered,
            Answer = answer.Answered ? answer.Text : AnswerText.NotCovered,
            Citation = answer.Source is { } s ? new AnswerCitation(s.DocumentTitle, s.Section, $"{s.DocumentPath}, characters {s.Start}–{s.Start + s.Length}") : null,
            Generative = answer.Generative,
            Suggestions = answer.Suggestions,
            Related = answer.Related,
        };
    }
}
