namespace AdvisorBot.Web.Tests.Transcripts;

/// <summary>A parsed transcript: the conversation type and the steps, each a message and what its reply must show.</summary>
public sealed record Transcript(string Name, string ConversationType, IReadOnlyList<TranscriptStep> Steps)
{
    public static Transcript Load(string path)
    {
        var type = "personal";
        var steps = new List<TranscriptStep>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("@ ", StringComparison.Ordinal))
            {
                type = line[2..].Trim();
            }
            else if (line.StartsWith(">> ", StringComparison.Ordinal))
            {
                steps.Add(new TranscriptStep(number, "Ana", null, line[3..].Trim()));
            }
            else if (line.StartsWith("> ", StringComparison.Ordinal))
            {
                var text = line[2..];
                var user = "Ana";
                if (text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is var end and > 0)
                {
                    user = text[1..end];
                    text = text[(end + 1)..];
                }

                steps.Add(new TranscriptStep(number, user, text.Trim(), null));
            }
            else if (steps.Count > 0 && line.StartsWith("<! ", StringComparison.Ordinal))
            {
                steps[^1].MustNotContain.Add((number, line[3..]));
            }
            else if (steps.Count > 0 && line.StartsWith("<? ", StringComparison.Ordinal))
            {
                steps[^1].Buttons.Add((number, line[3..]));
            }
            else if (steps.Count > 0 && line.StartsWith("< ", StringComparison.Ordinal))
            {
                steps[^1].MustContain.Add((number, line[2..]));
            }
            else
            {
                throw new FormatException($"{Path.GetFileName(path)}:{number}: cannot read '{line}'");
            }
        }

        return new Transcript(Path.GetFileNameWithoutExtension(path), type, steps);
    }
}

public sealed record TranscriptStep(int Line, string User, string? Text, string? SubmitJson)
{
    public List<(int Line, string Text)> MustContain { get; } = [];
    public List<(int Line, string Text)> MustNotContain { get; } = [];
    public List<(int Line, string Text)> Buttons { get; } = [];
}
