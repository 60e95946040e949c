using AdvisorBot.Core.Decisions.Model;

namespace AdvisorBot.Core.Decisions.Sessions;

/// <summary>
/// A decision's answers in a session: those given to it, and those carried from an earlier decision of the chain
/// (a question with 'carry' is not asked again when the earlier answer settles it). Carried answers are never
/// stored: they follow from the stored answers, so undoing the earlier answer undoes the carry too.
/// </summary>
public sealed record DecisionAnswers(IReadOnlyList<AnswerRecord> Records, IReadOnlyDictionary<string, CarriedFrom> Carried)
{
    public static DecisionAnswers Of(DialogSession session, Decision decision)
    {
        var records = session.Answers.Where(a => a.DecisionId == decision.Id).ToList();
        var carried = new Dictionary<string, CarriedFrom>(StringComparer.Ordinal);
        foreach (var question in decision.Questions)
        {
            if (question.Carry is not { } carry || records.Any(r => r.QuestionId == question.Id))
            {
                continue;
            }

            var sources = session.Answers.Where(a => a.DecisionId == carry.DecisionId && a.QuestionId == carry.QuestionId && !a.Skipped).ToList();
            var mapped = sources.Select(s => Map(question, carry, s)).ToList();
            if (sources.Count == 0 || mapped.Any(m => m is null))
            {
                continue;
            }

            records.AddRange(mapped.OfType<AnswerRecord>().Select(m => m with { DecisionId = decision.Id }));
            carried[question.Id] = new CarriedFrom(carry, sources);
        }

        return new DecisionAnswers(records, carried);
    }

    private static AnswerRecord? Map(Question question, Carry carry, AnswerRecord source)
    {
        var targets = source.Choices.Select(c => carry.Answers.GetValueOrDefault(c)).ToList();
        if (targets.Count == 0 || targets.Any(t => t is null))
        {
            return null;
        }

        var distinct = targets.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 1 || question.Kind == QuestionKind.Multiple
            ? source with { QuestionId = question.Id, Choices = distinct }
            : null;
    }
}

/// <summary>Where a carried answer came from: the earlier question and the answers given to it.</summary>
public sealed record CarriedFrom(Carry Carry, IReadOnlyList<AnswerRecord> Sources);
