using AdvisorBot.Core.Decisions.Loading;
using AdvisorBot.Core.Decisions.Model;
using AdvisorBot.Core.Decisions.Sessions;

namespace AdvisorBot.Core.Decisions;

/// <summary>Finds the decision a person named after "decide": by id, by words of its title, or by a near miss.</summary>
public static class DecisionFinder
{
    public static Decision? Find(DecisionCatalog catalog, string argument)
    {
        var typed = TextMatching.Normalize(argument);
        if (typed.Length == 0)
        {
            return catalog.Default;
        }

        var byId = catalog.All.FirstOrDefault(d => d.Id == typed || TextMatching.IsNearMiss(typed, d.Id));
        if (byId is not null)
        {
            return byId;
        }

        var words = typed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return catalog.All
            .Select(d => (Decision: d, Hits: words.Count(w => TextMatching.ContainsWord(TextMatching.Normalize($"{d.Title} {d.Id.Replace('-', ' ')}"), w))))
            .Where(x => x.Hits > 0)
            .OrderByDescending(x => x.Hits)
            .Select(x => x.Decision)
            .FirstOrDefault();
    }
}
