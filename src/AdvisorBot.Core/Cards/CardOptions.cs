namespace AdvisorBot.Core.Cards;

public sealed class CardOptions
{
    public const string SectionName = "Cards";

    /// <summary>The folder of Adaptive Card JSON files; relative paths are relative to the app's folder.</summary>
    public string Path { get; set; } = "cards";
}
