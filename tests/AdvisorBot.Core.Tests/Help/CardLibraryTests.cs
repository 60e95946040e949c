using AdvisorBot.Core.Cards;
using AdvisorBot.Core.Tests.Decisions;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Core.Tests.Help;

public sealed class CardLibraryTests
{
    [Fact]
    public void Constructor_ValidCards_LoadsEachByFileName()
    {
        using var folder = new CardFolder(("help.json", CardFolder.HelpCard), ("Result.json", CardFolder.HelpCard), ("notes.txt", "not a card"));

        var library = folder.Load();

        Assert.Equal(["help", "result"], library.Names.Select(n => n.ToLowerInvariant()).Order(StringComparer.Ordinal));
        Assert.Equal("1.5", library.Get("HELP").GetProperty("version").GetString());
    }

    [Fact]
    public void Constructor_CardWithComments_Loads()
    {
        using var folder = new CardFolder(("help.json", "// the help card\n" + CardFolder.HelpCard));

        Assert.Equal("help", Assert.Single(folder.Load().Names));
    }

    [Fact]
    public void Constructor_BrokenJson_ThrowsNamingTheFileAndLine()
    {
        const string Broken = """
            {
              "type": "AdaptiveCard",
              "version": "1.5",
              "body": [ oops ]
            }
            """;
        using var folder = new CardFolder(("help.json", CardFolder.HelpCard), ("broken.json", Broken));

        var ex = Assert.Throws<DataFileException>(folder.Load);

        Assert.Equal("broken.json", ex.File);
        Assert.Equal(4, ex.Line);
        Assert.StartsWith("broken.json:4: invalid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CardWithoutVersion_ThrowsNamingTheFileAndLine()
    {
        using var folder = new CardFolder(("old.json", """{ "type": "AdaptiveCard", "body": [] }"""));

        var ex = Assert.Throws<DataFileException>(folder.Load);

        Assert.Equal("old.json", ex.File);
        Assert.Equal(1, ex.Line);
        Assert.Contains("\"version\"", ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith("old.json:1:", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "version": "1.5" }""")]
    [InlineData("""{ "type": "MessageCard", "version": "1.5" }""")]
    [InlineData("""[ { "type": "AdaptiveCard", "version": "1.5" } ]""")]
    public void Constructor_NotAnAdaptiveCard_ThrowsNamingTheFile(string json)
    {
        using var folder = new CardFolder(("odd.json", json));

        var ex = Assert.Throws<DataFileException>(folder.Load);

        Assert.Equal("odd.json", ex.File);
        Assert.Contains("AdaptiveCard", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MissingFolder_ThrowsNamingTheSetting()
    {
        var missing = Path.Combine(Path.GetTempPath(), "advisorbot-no-cards-" + Guid.NewGuid().ToString("N"));

        var ex = Assert.Throws<DataFileException>(() => new CardLibrary(Options.Create(new CardOptions { Path = missing })));

        Assert.Equal(missing, ex.File);
        Assert.Contains("Cards:Path", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownCard_ThrowsKeyNotFound()
    {
        using var folder = new CardFolder(("help.json", CardFolder.HelpCard));

        Assert.Throws<KeyNotFoundException>(() => folder.Load().Get("missing"));
    }

    [Fact]
    public void Constructor_ShippedCardsFolder_Loads()
    {
        var library = new CardLibrary(Options.Create(new CardOptions { Path = Path.Combine(ShippedDecisions.RepositoryRoot, "cards") }));

        Assert.Contains(Core.Help.HelpHandler.CardName, library.Names);
    }
}
