using System.Text.RegularExpressions;

namespace AdvisorBot.Knowledge.Ingestion;

/// <summary>
/// Turns a document's blocks into passages: each section's paragraphs (long sections split by paragraph into
/// passages of about <see cref="TargetLength"/> characters), and each question followed by its answer as an FAQ entry
/// (question headings, "Q1:" lines, questions under an FAQ heading). Source notes ending a paragraph are cut off its
/// text and kept as the passage's <see cref="Passage.Origins"/>.
/// </summary>
internal static partial class PassageBuilder
{
    public const int TargetLength = 700;

    public static List<Passage> Build(string path, string title, IReadOnlyList<Block> blocks)
    {
        var passages = new List<Passage>();
        var headings = new List<(int Level, string Text)>();
        var paragraphs = new List<Block>();
        string? question = null;
        string? questionSection = null;
        var answer = new List<Block>();

        string SectionName() => string.Join(" › ", headings.Select(h => h.Text).Where(h => !string.Equals(h, title, StringComparison.OrdinalIgnoreCase)));

        void FlushQuestion()
        {
            if (question is not null && answer.Count > 0)
            {
                passages.Add(Make(path, title, questionSection!, answer, passages.Count, question));
            }

            question = null;
            answer.Clear();
        }

        void FlushSection()
        {
            var chunk = new List<Block>();
            foreach (var paragraph in paragraphs)
            {
                if (chunk.Count > 0 && chunk.Sum(c => c.Text.Length) + paragraph.Text.Length > TargetLength)
                {
                    passages.Add(Make(path, title, SectionName(), chunk, passages.Count, null));
                    chunk.Clear();
                }

                chunk.Add(paragraph);
            }

            if (chunk.Count > 0)
            {
                passages.Add(Make(path, title, SectionName(), chunk, passages.Count, null));
            }

            paragraphs.Clear();
        }

        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    FlushQuestion();
                    FlushSection();
                    headings.RemoveAll(h => h.Level >= block.Level);
                    headings.Add((block.Level, block.Text));
                    if (block.Text.EndsWith('?'))
                    {
                        question = CleanQuestion(block.Text);
                        questionSection = SectionName();
                    }

                    break;
                case BlockKind.Question:
                    FlushQuestion();
                    FlushSection();
                    question = CleanQuestion(block.Text);
                    questionSection = string.IsNullOrEmpty(SectionName()) ? question : $"{SectionName()} › {question}";
                    break;
                default:
                    var text = question is null ? block.Text : AnswerPrefix().Replace(block.Text, string.Empty);
                    AddWithoutSourceNote(question is null ? paragraphs : answer, block with { Text = text });
                    break;
            }
        }

        FlushQuestion();
        FlushSection();
        return passages;
    }

    /// <summary>Adds the block with its source note cut off; a block that is only a note lends its origins to the one before.</summary>
    private static void AddWithoutSourceNote(List<Block> target, Block block)
    {
        var (text, origins) = SourceNote.Split(block.Text);
        if (text.Length > 0)
        {
            target.Add(block with { Text = text, Origins = origins });
        }
        else if (target.Count > 0)
        {
            target[^1] = target[^1] with { Origins = [.. target[^1].Origins, .. origins] };
        }
    }

    private static Passage Make(string path, string title, string section, List<Block> blocks, int index, string? question)
    {
        var start = blocks[0].Start;
        var end = blocks[^1].Start + blocks[^1].Length;
        var text = string.Join("\n", blocks.Select(b => b.Text));
        return new Passage($"{path}#{index}", path, title, section.Length > 0 ? section : title, start, end - start, text, question)
        {
            Origins = [.. blocks.SelectMany(b => b.Origins).Distinct(StringComparer.Ordinal)],
        };
    }

    private static string CleanQuestion(string text) => QuestionPrefix().Replace(text.Replace("**", string.Empty, StringComparison.Ordinal), string.Empty).Trim();

    [GeneratedRegex(@"^Q\d*\s*[:.)]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionPrefix();

    [GeneratedRegex(@"^A\d*\s*[:.)]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerPrefix();
}
