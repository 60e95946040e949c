namespace AdvisorBot.Core.Tests.Decisions;

/// <summary>A temp folder of decision files written by a test.</summary>
public sealed class DecisionFiles : IDisposable
{
    public DecisionFiles(params (string Name, string Yaml)[] files)
    {
        Folder = Path.Combine(Path.GetTempPath(), "advisorbot-decisions-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        foreach (var (name, yaml) in files)
        {
            File.WriteAllText(Path.Combine(Folder, name), yaml);
        }
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>A small, valid decision with every question kind, a condition, a hybrid rule and a follow-up.</summary>
    public const string Lunch = """
        id: lunch
        title: Where do we eat?
        description: A test decision.
        sources:
          - file: a.txt
            title: Article A
        options:
          - id: pizza
            label: Pizza
            runtime: oven
            cite: [{ source: a.txt, section: Intro }]
          - id: sushi
            label: Sushi
            runtime: raw
            cite: [{ source: a.txt, section: Intro }]
          - id: both
            label: Both, shared platter
            cite: [{ source: a.txt, section: Intro }]
        questions:
          - id: hungry
            prompt: Are you hungry?
            kind: yesno
            cite: [{ source: a.txt, section: Intro }]
            choices:
              - { id: yes, label: "Yes", weights: { pizza: 2 }, reason: Pizza fills you up. }
              - { id: no, label: "No", weights: { sushi: 2 }, reason: Sushi is light. }
          - id: budget
            prompt: How big is the budget?
            kind: scale
            scale: { low: tiny, high: generous }
            weights: { sushi: 2 }
            reason: Sushi costs more.
            cite: [{ source: a.txt, section: Intro }]
          - id: fish
            prompt: Do you like raw fish?
            kind: single
            when: { hungry: no }
            cite: [{ source: a.txt, section: Intro }]
            choices:
              - { id: love, label: I love it, synonyms: [sashimi], weights: { sushi: 3 } }
              - { id: hate, label: Not at all, synonyms: [yuck], weights: { pizza: 3 } }
          - id: extras
            prompt: Which extras?
            kind: multiple
            skippable: true
            cite: [{ source: a.txt, section: Intro }]
            choices:
              - { id: cheese, label: Extra cheese, synonyms: [cheese], weights: { pizza: 1 } }
              - { id: wasabi, label: Wasabi, weights: { sushi: 1 } }
              - { id: soda, label: Soda, weights: { both: 1 } }
          - id: notes
            prompt: Anything else?
            kind: note
            skippable: true
            cite: [{ source: a.txt, section: Intro }]
        recommendation:
          hybrid: { option: both, max_margin: 0.2 }
        follow_up:
          - { decision: topping, when_winner: [pizza] }
        """;

    public const string Topping = """
        id: topping
        title: Which topping?
        sources:
          - { file: a.txt, title: Article A }
        options:
          - { id: margherita, label: Margherita, cite: [{ source: a.txt, section: Intro }] }
          - { id: pepperoni, label: Pepperoni, cite: [{ source: a.txt, section: Intro }] }
        questions:
          - id: meat
            prompt: Meat?
            kind: yesno
            cite: [{ source: a.txt, section: Intro }]
            choices:
              - { id: yes, label: "Yes", weights: { pepperoni: 2 } }
              - { id: no, label: "No", weights: { margherita: 2 } }
        """;
}
