using System.Globalization;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.Decisions.Understanding;

namespace AdvisorBot.Core.Tests.Decisions.Understanding;

/// <summary>
/// Properties over every shipped question: a negated subject never records yes, a question is never an answer, a
/// choice's own label is always understood, figures land on the step whose bounds hold them, and nothing is recorded
/// below the confidence threshold. Random phrasings use fixed seeds, so a failure names a reproducible reply.
/// </summary>
public sealed class UnderstandingPropertyTests
{
    private static readonly string[] Negated =
    [
        "we don't need {0}", "no {0}", "not {0}", "we don't want any {0}", "nope, {0} isn't needed", "{0} is not needed",
        "without {0}", "we do not need {0}", "there's no {0}", "no {0} at all", "never {0}", "we won't have {0}",
        "don't need {0}, thanks", "nah, {0} isn't for us", "{0}: no", "we can skip {0}, we don't need it", "no need for {0}",
        "not really, {0} isn't a thing for us", "honestly no {0}", "{0} won't be needed",
    ];

    private static readonly string[] Affirmed =
    [
        "yes, {0}", "we need {0}", "{0} is essential", "yep, {0}", "definitely {0}", "{0} for sure", "yeah we want {0}",
    ];

    private static readonly string[] Asked = ["what is {0}?", "{0}?", "how does {0} work", "what's {0}", "explain {0}", "can you tell me more about {0}?"];

    public static TheoryData<string, string> YesNoQuestions()
    {
        var data = new TheoryData<string, string>();
        foreach (var question in Readings.AllShipped(QuestionKind.YesNo))
        {
            data.Add(Readings.DecisionOf(question), question.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(YesNoQuestions))]
    public void NegatedSubject_NeverRecordsYes(string decisionId, string questionId)
    {
        var question = Readings.Shipped(decisionId, questionId);
        var subjects = question.FindChoice("yes")!.Synonyms;
        var random = new Random(questionId.Length);
        var texts = subjects.SelectMany(s => Negated.Select(t => string.Format(CultureInfo.InvariantCulture, t, s))).ToList();
        for (var i = 0; i < 200; i++)
        {
            // Random filler around a random negation, and the subject's case changed.
            var subject = subjects[random.Next(subjects.Count)];
            var text = string.Format(CultureInfo.InvariantCulture, Negated[random.Next(Negated.Length)], random.Next(2) == 0 ? subject.ToUpperInvariant() : subject);
            texts.Add(random.Next(3) switch { 0 => $"well, {text}", 1 => $"{text} right now", _ => text });
        }

        foreach (var text in texts)
        {
            var reading = AnswerReader.WordsOnly.Read(question, text);
            Assert.False(reading is Understood.Recorded { Value.Choices: ["yes"] }, $"\"{text}\" at {questionId} was recorded as yes");
        }
    }

    [Theory]
    [MemberData(nameof(YesNoQuestions))]
    public void AffirmedSubject_RecordsYes(string decisionId, string questionId)
    {
        var question = Readings.Shipped(decisionId, questionId);
        foreach (var subject in question.FindChoice("yes")!.Synonyms)
        {
            foreach (var text in Affirmed.Select(t => string.Format(CultureInfo.InvariantCulture, t, subject)))
            {
                Assert.Equal("=yes", Readings.Of(AnswerReader.WordsOnly.Read(question, text)));
            }
        }
    }

    [Fact]
    public void QuestionNamingAnyChoice_IsNeverAnAnswer()
    {
        foreach (var question in Readings.AllShipped())
        {
            var names = question.Choices.SelectMany(c => c.Synonyms.Append(c.Label)).DefaultIfEmpty(question.Prompt);
            foreach (var text in names.SelectMany(n => Asked.Select(t => string.Format(CultureInfo.InvariantCulture, t, n))))
            {
                var reading = AnswerReader.WordsOnly.Read(question, text);
                Assert.True(reading is Understood.Question, $"\"{text}\" at {question.Id} read as {Readings.Of(reading)}");
            }
        }
    }

    [Fact]
    public void EveryChoiceLabel_TypedAlone_IsThatChoice()
    {
        foreach (var question in Readings.AllShipped(QuestionKind.Single, QuestionKind.Multiple, QuestionKind.YesNo))
        {
            foreach (var choice in question.Choices)
            {
                Assert.Equal("=" + choice.Id, Readings.Of(AnswerReader.WordsOnly.Read(question, choice.Label)));
                Assert.Equal("=" + choice.Id, Readings.Of(AnswerReader.WordsOnly.Read(question, choice.Label.ToUpperInvariant() + ".")));
            }
        }
    }

    [Fact]
    public void EverySynonym_TypedAlone_IsItsChoice_UnlessAnotherChoiceSharesIt()
    {
        foreach (var question in Readings.AllShipped(QuestionKind.Single, QuestionKind.Multiple, QuestionKind.YesNo))
        {
            foreach (var choice in question.Choices)
            {
                foreach (var synonym in choice.Synonyms.Where(s => !question.Choices.Any(o => o != choice && o.Synonyms.Contains(s))))
                {
                    Assert.Equal("=" + choice.Id, Readings.Of(AnswerReader.WordsOnly.Read(question, synonym)));
                }
            }
        }
    }

    [Fact]
    public void MultipleChoice_PairsAreBothTaken_AndANegatedOneNever()
    {
        foreach (var question in Readings.AllShipped(QuestionKind.Multiple))
        {
            foreach (var a in question.Choices)
            {
                foreach (var b in question.Choices.Where(b => b != a))
                {
                    var both = Readings.Of(AnswerReader.WordsOnly.Read(question, $"{a.Label} and {b.Label}"));
                    Assert.Equal(Readings.Expected($"={a.Id},{b.Id}"), both);
                    var without = AnswerReader.WordsOnly.Read(question, $"{a.Label} but no {b.Label}");
                    Assert.Equal("=" + a.Id, Readings.Of(without));
                }
            }
        }
    }

    [Fact]
    public void Figures_LandOnTheStepThatHoldsThem_AndBoundsAreAskedBack()
    {
        foreach (var question in Readings.AllShipped(QuestionKind.Scale).Where(q => q.Scale!.StepFor(0) is not null))
        {
            var from = 0.0;
            foreach (var step in question.Scale!.Steps)
            {
                var inside = step.Below is { } below ? Math.Floor((from + below) / 2) : Math.Max(1, from) * 3;
                var figure = inside.ToString("N0", CultureInfo.InvariantCulture);
                Assert.Equal($"={step.Value}", Readings.Of(AnswerReader.WordsOnly.Read(question, figure.Length > 2 ? figure : $"{figure} {question.Scale.Unit}")));
                Assert.Equal($"={step.Value}", Readings.Of(AnswerReader.WordsOnly.Read(question, step.Label)));
                if (step.Below is { } bound && step.Value < Question.ScaleMax)
                {
                    Assert.Equal($"ask:{step.Value}|{step.Value + 1}", Readings.Of(AnswerReader.WordsOnly.Read(question, $"about {bound.ToString("N0", CultureInfo.InvariantCulture)}")));
                }

                from = step.Below ?? from;
            }
        }
    }

    [Fact]
    public void NothingIsRecordedBelowTheThreshold_AndCandidatesAreTheQuestionsOwn()
    {
        var replies = Negated.Concat(Affirmed).Concat(Asked).SelectMany(t => new[] { "it", "the thing", "ml", "both", "20k" }.Select(s => string.Format(CultureInfo.InvariantCulture, t, s)))
            .Concat(["maybe", "probably", "no idea", "a bit", "some", "lots", "1", "3", "7", "tens of thousands", "not sure, maybe 20k"]);
        foreach (var question in Readings.AllShipped())
        {
            foreach (var text in replies)
            {
                switch (AnswerReader.WordsOnly.Read(question, text))
                {
                    case Understood.Recorded recorded:
                        Assert.InRange(recorded.Confidence, Understood.RecordThreshold, 1);
                        Assert.True(IsValid(question, recorded.Value), $"\"{text}\" at {question.Id} recorded {Readings.Of(recorded.Value)}");
                        break;
                    case Understood.Clarify clarify:
                        Assert.InRange(clarify.Candidates.Count, 1, 3);
                        Assert.All(clarify.Candidates, c => Assert.True(IsValid(question, c.Value), $"\"{text}\" at {question.Id} offered {Readings.Of(c.Value)}"));
                        break;
                }
            }
        }
    }

    private static bool IsValid(Question question, AnswerValue value) => question.Kind switch
    {
        QuestionKind.Scale => value.Scale is >= Question.ScaleMin and <= Question.ScaleMax,
        QuestionKind.Note => value.Note is { Length: > 0 },
        QuestionKind.Multiple => value.Choices.Count > 0 && value.Choices.All(c => question.FindChoice(c) is not null),
        _ => value.Choices.Count == 1 && question.FindChoice(value.Choices[0]) is not null,
    };
}
