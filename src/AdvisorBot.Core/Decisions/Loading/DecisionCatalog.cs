using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Decisions.Model;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Core.Decisions.Loading;

public sealed class DecisionOptions
{
    public const string SectionName = "Decisions";

    /// <summary>The folder of decision files; relative paths are relative to the app's folder.</summary>
    public string Path { get; set; } = "dialogs";

    /// <summary>The decision <c>decide</c> starts when none is named.</summary>
    public string DefaultDecision { get; set; } = "node-or-python";
}

/// <summary>Every decision of the dialogs folder, read and cross-checked once at start-up.</summary>
public sealed class DecisionCatalog
{
    private readonly Dictionary<string, Decision> _decisions = new(StringComparer.Ordinal);

    public DecisionCatalog(IOptions<DecisionOptions> options)
    {
        var folder = System.IO.Path.GetFullPath(options.Value.Path, AppContext.BaseDirectory);
        if (!Directory.Exists(folder))
        {
            throw new DataFileException(folder, 0, "the decisions folder does not exist (setting Decisions:Path)");
        }

        var files = Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var decision = DecisionFileReader.Read(file) with
            {
                Version = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))[..12],
            };
            if (!_decisions.TryAdd(decision.Id, decision))
            {
                throw new DataFileException(decision.File, 1, $"decision id '{decision.Id}' is also used by {_decisions[decision.Id].File}");
            }
        }

        foreach (var decision in _decisions.Values)
        {
            foreach (var followUp in decision.FollowUps.Where(f => !_decisions.ContainsKey(f.DecisionId)))
            {
                throw new DataFileException(decision.File, 1, $"follow-up decision '{followUp.DecisionId}' does not exist");
            }
        }

        foreach (var decision in _decisions.Values)
        {
            foreach (var question in decision.Questions.Where(q => q.Carry is not null))
            {
                CheckCarry(decision, question, question.Carry!);
            }
        }

        Default = _decisions.GetValueOrDefault(options.Value.DefaultDecision) ?? _decisions.Values.FirstOrDefault();
        All = [.. _decisions.Values.OrderBy(d => d == Default ? 0 : 1)];
    }

    /// <summary>A carried answer must come from a decision that chains to this one, from a question with those choices.</summary>
    private void CheckCarry(Decision decision, Question question, Carry carry)
    {
        var what = $"'carry' of question '{question.Id}'";
        var source = _decisions.GetValueOrDefault(carry.DecisionId)
            ?? throw new DataFileException(decision.File, carry.Line, $"{what} names decision '{carry.DecisionId}', which does not exist");
        if (!source.FollowUps.Any(f => f.DecisionId == decision.Id))
        {
            throw new DataFileException(decision.File, carry.Line, $"{what} names decision '{source.Id}', which does not chain to '{decision.Id}' (its 'follow_up' does not name it)");
        }

        var from = source.FindQuestion(carry.QuestionId) is { HasChoices: true } found
            ? found
            : throw new DataFileException(decision.File, carry.Line, $"{what} names '{carry.DecisionId}/{carry.QuestionId}', which is not a question with choices");
        foreach (var answer in carry.Answers.Keys.Where(a => from.FindChoice(a) is null))
        {
            throw new DataFileException(decision.File, carry.Line, $"{what} carries '{answer}', which is not a choice of '{carry.DecisionId}/{carry.QuestionId}'");
        }
    }

    /// <summary>Every decision, the default first, then in file-name order.</summary>
    public IReadOnlyCollection<Decision> All { get; }

    public Decision? Default { get; }

    public Decision? Find(string id) => _decisions.GetValueOrDefault(id);

    public Decision Get(string id) => _decisions[id];
}
