namespace AdvisorBot.Core.Cards;

public sealed class CardOptions
{
    public const string SectionName = "Cards";

    /// <summary>The folder of Adaptive Card JSON files; relative paths are relative to the app's folder.</summary>
    public string Path { get; set; } = "cards";

    public const string AutoMode = "auto";
    public const string TextMode = "text";

    /// <summary>"auto": Adaptive Cards where the channel renders them (Teams, Web Chat, Emulator), text elsewhere; "text": always text.</summary>
    public string Mode { get; set; } = AutoMode;

    /// <summary>The size budget of one card, in bytes of JSON (Teams allows about 100 KB and recommends 80 KB).</summary>
    public int MaxCardBytes { get; set; } = 80 * 1024;
}
