using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdvisorBot.Channels.BotFramework.Schema;

/// <summary>A user or bot on a channel. Teams adds fields (email, userPrincipalName, tenantId...): they are kept.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
