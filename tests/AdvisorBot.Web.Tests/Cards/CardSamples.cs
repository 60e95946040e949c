using AdvisorBot.Core.Answers;
using AdvisorBot.Core.Cards.Data;
using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Scoring;
using AdvisorBot.Core.Decisions.Sessions;
using AdvisorBot.Core.Summaries;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Tests.Cards;

/// <summary>Card data for every template: realistic (from the shipped decisions) and extreme (long, many, non-Latin, markup).</summary>
public static class CardSamples
{
    public const string Nasty = "*bold* _it_ ~strike~ `code` <!channel> <@U123> <http://evil.example|click> [link](http://evil.example) & @here #general > quote";
    public const string NonLatin = "Node.js или Python? 日本語のバックエンド — العربية — עברית — 🙂";
    public static readonly string Long = string.Concat(Enumerable.Repeat("A very long sentence about event loops and worker pools. ", 90));

    private static readonly DecisionCatalog Catalog = new(Options.Create(new DecisionOptions { Path = Path.Combine(Infrastructure.RepositoryPaths.Root, "dialogs") }));

    public static IEnumerable<(string Name, string Template, object Data)> All()
    {
        var decision = Catalog.Get("node-or-python");
        yield return ("question-buttons", "question", QuestionCardData.From(Pending(decision, "realtime", []), team: false));
        yield return ("question-list", "question", QuestionCardData.From(Pending(decision, "workload", []), team: false, "Noted, Ana: No."));
        yield return ("question-scale", "question", QuestionCardData.From(Pending(decision, "peak-load", []), team: false));
        yield return ("question-multiple", "question", QuestionCardData.From(Pending(decision, "architecture", []), team: false));
        yield return ("question-note", "question", QuestionCardData.From(Pending(decision, "notes", []), team: false));
        yield return ("question-team", "question", QuestionCardData.From(Pending(decision, "realtime", [("Ana", "Yes")]) with { }, team: true));
        var extreme = ExtremeDecision();
        yield return ("question-extreme", "question", QuestionCardData.From(Pending(extreme, "q0", [(NonLatin, Long), (Nasty, Nasty)]), team: true, Nasty));

        yield return ("answer", "answer", AnswerCardData.From("what is the GIL?", new AnswerReply("text", "faq.md#5", 0.99)
        {
            Answered = true,
            Answer = "The global interpreter lock in CPython lets only one thread run Python code at a time.",
            Citation = new AnswerCitation("Node.js or Python backend FAQ", "What is the GIL and why does it matter?", "faq.md, characters 1187–1418"),
            Related = ["Does the GIL make Python bad at handling many requests?"],
        }));
        yield return ("answer-not-covered", "answer", AnswerCardData.From("how do I bake bread?", new AnswerReply("text", null, 0.2)
        {
            Answered = false,
            Answer = "My sources don't cover that.",
            Suggestions = ["What is the GIL and why does it matter?", "How do we run Python in production?", "Which is faster, Node.js or Python?"],
        }));
        yield return ("answer-extreme", "answer", AnswerCardData.From(Nasty + Long, new AnswerReply("text", "x#1", 0.61)
        {
            Answered = true,
            Answer = NonLatin + " " + Long + Nasty,
            Citation = new AnswerCitation(Nasty, NonLatin, Long),
            Generative = true,
            Related = [.. Enumerable.Range(1, 3).Select(i => $"{Nasty} {i}")],
        }));

        yield return ("summary", "summary", SummaryCardData.From(Result(decision, Session(decision, team: false, ("ana", "Ana"))), Session(decision, team: false, ("ana", "Ana"))));
        var teamSession = Session(decision, team: true, ("ana", "Ana"), ("ben", "Ben"));
        yield return ("summary-team", "summary", SummaryCardData.From(Result(decision, teamSession), teamSession));
        var extremeSession = Session(extreme, team: true, ("a", NonLatin), ("b", Nasty), ("c", Long[..200]));
        yield return ("summary-extreme", "summary", SummaryCardData.From(Result(extreme, extremeSession), extremeSession));

        yield return ("digest", "digest", DigestCardData.From(Log(3, 4), "msteams conversation 19:general@thread.skype"));
        yield return ("digest-empty", "digest", DigestCardData.From(new ConversationLog(), "msteams conversation 19:general@thread.skype"));
        yield return ("digest-extreme", "digest", DigestCardData.From(Log(60, 80, Nasty + NonLatin + Long), Nasty));
        yield return ("help", "help", new { });
    }

    private static PendingQuestion Pending(Decision decision, string questionId, (string Name, string Answer)[] answered) =>
        new(decision, decision.FindQuestion(questionId)!, decision.Questions.ToList().FindIndex(q => q.Id == questionId) + 1, decision.Questions.Count,
            answered.Length > 0 ? [new Member("ben", "Ben")] : [], answered);

    private static DialogSession Session(Decision decision, bool team, params (string Id, string Name)[] members)
    {
        var session = new DialogSession { RootDecisionId = decision.Id, Team = team, StartedAt = DateTimeOffset.Parse("2026-11-23T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture) };
        var random = new Random(7);
        foreach (var (id, name) in members)
        {
            session.Join(id, name);
            foreach (var q in decision.Questions)
            {
                var value = q.Kind switch
                {
                    QuestionKind.Scale => AnswerValue.OfScale(random.Next(1, 6)),
                    QuestionKind.Note => AnswerValue.OfNote(id == members[0].Id ? "Hiring plan matters." : Nasty),
                    _ => AnswerValue.OfChoice(q.Choices[random.Next(q.Choices.Count)].Id),
                };
                session.Answers.Add(new AnswerRecord(id, decision.Id, q.Id, value.Choices, value.Scale, value.Note, q.Skippable && random.Next(4) == 0, session.StartedAt));
            }
        }

        return session;
    }

    private static DecisionResult Result(Decision decision, DialogSession session) => ResultBuilder.Build(decision, session);

    /// <summary>40 options, 12 questions with 40 choices each, long and non-Latin text, markup everywhere.</summary>
    private static Decision ExtremeDecision()
    {
        var cite = new List<Citation> { new("x.txt", Nasty) };
        var options = Enumerable.Range(0, 40).Select(i => new DecisionOption($"o{i}", $"{(i % 2 == 0 ? NonLatin : Nasty)} option {i}", Long, cite)).ToList();
        var questions = Enumerable.Range(0, 12).Select(q => new Question(
            $"q{q}", $"{Nasty} {NonLatin} question {q}? {Long}", Long, QuestionKind.Single, q % 3 == 0,
            [.. Enumerable.Range(0, 40).Select(c => new Choice($"c{c}", $"{NonLatin} {Nasty} choice {c}", [], new Dictionary<string, double> { [$"o{(c + q) % 40}"] = 1 + (c % 3) }, Nasty))],
            null, new Dictionary<string, double>(), null, [], cite)).ToList();
        return new Decision("extreme", $"{Nasty} {NonLatin}", Long, [new SourceArticle("x.txt", Nasty)], options, questions, new HybridRule("o0", 0.1), [], "extreme.yaml");
    }

    private static ConversationLog Log(int decisions, int questions, string text = "")
    {
        var log = new ConversationLog();
        var at = DateTimeOffset.Parse("2026-11-23T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < decisions; i++)
        {
            log.Decisions.Add(new DecisionLogEntry($"s{i}", $"history/{i}", $"Node.js or Python for our backend? {text}", i % 2 == 0 ? "Node.js" : "Python with FastAPI", i % 2 == 0, ["Ana", "Ben", text], i % 3, at.AddMinutes(i))
            {
                Open = i % 3 == 1 ? [$"How much static typing do you want? {text}"] : [],
                UnderWay = i % 2 == 0 ? $"Express, Fastify or NestJS? {text}" : null,
            });
        }

        for (var i = 0; i < questions; i++)
        {
            log.Questions.Add(new QuestionLogEntry($"Question {i} {text}", i % 4 != 0, i % 4 != 0 ? $"FAQ › Question {i}" : null, "Ana", at.AddMinutes(i)));
        }

        return log;
    }
}
