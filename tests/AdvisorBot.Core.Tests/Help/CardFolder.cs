using AdvisorBot.Core.Cards;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Core.Tests.Help;

/// <summary>A temp folder of card files written by a test, deleted afterwards.</summary>
public sealed class CardFolder : IDisposable
{
    public const string HelpCard = """
        {
          "type": "AdaptiveCard",
          "version": "1.5",
          "body": [ { "type": "TextBlock", "text": "AdvisorBot help", "wrap": true } ]
        }
        """;

    public CardFolder(params (string Name, string Json)[] files)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "advisorbot-cards-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var (name, json) in files)
        {
            File.WriteAllText(System.IO.Path.Combine(Path, name), json);
        }
    }

    public string Path { get; }

    public CardLibrary Load() => new(Options.Create(new CardOptions { Path = Path }));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
