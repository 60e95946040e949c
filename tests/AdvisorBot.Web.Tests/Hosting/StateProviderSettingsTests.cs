using AdvisorBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace AdvisorBot.Web.Tests.Hosting;

/// <summary>The state provider's settings are checked at start-up, and a mistake names the setting and what it should be.</summary>
public sealed class StateProviderSettingsTests
{
    [Theory]
    [InlineData("Mongo", null, "State:Provider must be \"Sqlite\"")]
    [InlineData("Postgres", null, "ConnectionStrings:State must be set when State:Provider is Postgres")]
    [InlineData("Postgres", "Host=db;Bogus Key=1", "ConnectionStrings:State is not a PostgreSQL connection string")]
    [InlineData("postgres", "Database=advisorbot;Username=bot", "ConnectionStrings:State must name the server")]
    public void AWrongStateSetting_StopsStartUp_NamingIt(string provider, string? connectionString, string expected)
    {
        using var bot = new BotApplication(new() { ["State:Provider"] = provider, ["ConnectionStrings:State"] = connectionString });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => bot.CreateClient());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
