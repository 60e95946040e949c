namespace AdvisorBot.Channels.Slack;

/// <summary>Slack's Block Kit limits for a message.</summary>
public static class BlockKitLimits
{
    public const int Blocks = 50;
    public const int SectionText = 3000;
    public const int Fields = 10;
    public const int FieldText = 2000;
    public const int HeaderText = 150;
    public const int ActionElements = 25;
    public const int ContextElements = 10;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ActionId = 255;
    public const int SelectOptions = 100;
    public const int OptionText = 75;
}
